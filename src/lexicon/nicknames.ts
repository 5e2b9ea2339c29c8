// English hypocoristic first names: the familiar form a later mention may use for a person first
// named in full ("Senator Charles Schumer" … "Chuck Schumer told reporters"). Each row is one
// name: its formal form first, then forms that stand for it alone. A form that stands for two
// formal names of different people ("Pat": Patrick, Patricia; "Chris", "Alex", "Sam", "Jack",
// "Ted") is left out: two relatives may carry them. Written for this project from common usage.

const ROWS: readonly string[] = [
  'charles chuck charlie',
  'william bill billy will willie',
  'robert bob bobby rob robbie',
  'richard dick rick ricky rich',
  'james jim jimmy jamie',
  'michael mike mikey',
  'thomas tom tommy',
  'joseph joe joey',
  'edward ed eddie ned',
  'david dave davey',
  'daniel dan danny',
  'stephen steve stevie',
  'steven steve',
  'nicholas nick nicky',
  'anthony tony',
  'andrew andy drew',
  'matthew matt',
  'peter pete',
  'benjamin ben benny',
  'gregory greg',
  'jeffrey jeff',
  'kenneth ken kenny',
  'lawrence larry',
  'henry hank',
  'gerald jerry gerry',
  'donald don donnie',
  'ronald ron ronnie',
  'timothy tim timmy',
  'vincent vince',
  'frederick fred freddie',
  'walter walt wally',
  'abraham abe',
  'zachary zach zack',
  'philip phil',
  'joshua josh',
  'jonathan jon',
  'bernard bernie',
  'douglas doug',
  'raymond ray',
  'leonard len lenny',
  'elizabeth liz lizzie beth betsy betty',
  'katherine kate katie kathy',
  'catherine cathy cate',
  'margaret peggy maggie meg',
  'susan sue susie',
  'jennifer jen jenny',
  'deborah debbie deb',
  'rebecca becky',
  'victoria vicky',
  'barbara barb',
  'jacqueline jackie',
  'amanda mandy',
  'patricia patty trish',
  'pamela pam',
];

/** Lower-case first name → the formal form of its row ("chuck" → "charles"; "charles" → "charles"). */
export const FORMAL_FIRST_NAMES: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const row of ROWS) {
    const names = row.split(' ');
    // (a form in two rows, "steve", keeps its first)
    for (const n of names) if (!out.has(n)) out.set(n, names[0]!);
  }
  return out;
})();
