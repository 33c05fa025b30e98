import { wordSet } from '../text/word-set';

// Words too common, or too generic in a headline, to show that a note was written for this person.
export const STOPWORDS: ReadonlySet<string> = wordSet(
  'a an the ' +
  // Headline words that name a kind of job, not this person's work ("People & Culture", "Board search").
  'board culture and or of in on at to for with by from as is are be it its this that we our you your i ' +
  'my me they their he she his her not but so if about into over all more who what how help helping love ' +
  'passionate people team teams world make making building build new good great best top based working ' +
  'work senior junior lead leader head chief manager director principal staff associate assistant vp svp ' +
  'evp ceo cto cfo coo cmo founder co cofounder owner partner consultant specialist expert professional ' +
  'officer engineer engineering developer development intern student freelance freelancer inc ltd llc ' +
  'gmbh corp corporation company group global international solutions services technologies technology ' +
  'tech labs hq network linkedin business growth sales marketing strategy digital product products former ' +
  'ex currently open opportunities career careers also via plus now one',
);
