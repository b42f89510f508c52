/** The crisis help the other examples put inside the element: national services, the element's own words. */
export function CrisisHelpFallback() {
  return (
    <aside aria-label="If you need help now">
      <h2>If you need help now</h2>
      <ul>
        <li>
          For urgent mental health help, call NHS 111 and choose the mental health option: <a href="tel:111">call 111</a>
        </li>
        <li>
          If a life is at risk, call 999 or go to A&amp;E: <a href="tel:999">call 999</a>
        </li>
        <li>
          Samaritans, free, any time, day or night: <a href="tel:116123">call 116 123</a>
        </li>
        <li>
          Shout, free text support at any time: <a href="sms:85258?body=SHOUT">text SHOUT to 85258</a>
        </li>
      </ul>
      <p>These are national services, not part of this directory.</p>
    </aside>
  );
}
