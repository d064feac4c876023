// Types the command modules share.

/** The data-file options every analysing command reads (commander's camel-cased names). */
export interface DataOptions {
  outlets?: string;
  aliases?: string;
  frames?: string;
  lexicon?: string;
  cache: boolean;
}
