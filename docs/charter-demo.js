// The live charter demo: the selects set the element's attributes, as a webmaster would.
const demo = document.getElementById('demo');
for (const [id, attribute] of [
  ['demo-charter', 'charter'],
  ['demo-layout', 'layout'],
]) {
  document.getElementById(id).addEventListener('change', (event) => {
    demo.setAttribute(attribute, event.target.value);
  });
}
