// Words that mark a claim's content as uncertain or conditional: "could", "may",
// "likely", "appears" ("a long-term settlement appears unlikely").

export const HEDGES: ReadonlySet<string> = new Set([
  'could', 'may', 'might', 'likely', 'unlikely', 'possibly', 'possible', 'perhaps', 'probably',
  'probable', 'maybe', 'appear', 'appears', 'appeared', 'appearing', 'seem', 'seems', 'seemed',
  'seemingly', 'apparently', 'reportedly', 'allegedly', 'alleged', 'purportedly', 'purported',
  'supposedly', 'presumably', 'conceivably', 'potentially', 'potential', 'if', 'unless', 'whether',
  'suggest', 'suggests', 'suggested', 'uncertain', 'unclear', 'doubt', 'doubtful',
  'rumored', 'rumoured', 'unconfirmed', 'unverified', 'speculated',
]);
