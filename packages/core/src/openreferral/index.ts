// Open Referral UK / HSDS 3.0 export and import: being written (issue 3, items 5 and 6).
export {};
