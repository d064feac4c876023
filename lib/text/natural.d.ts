// Types for the few natural files imported directly (importing natural's index costs ~1 s and loads database drivers).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}
declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
  const SentimentAnalyzer: new (
    language: string,
    stemmer: unknown,
    vocabulary: string,
  ) => { getSentiment(words: string[]): number };
  export default SentimentAnalyzer;
}
