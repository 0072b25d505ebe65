import { analyzeSentiment } from './src/sentiment/analyze';
import { tokenize } from './src/text/tokenize';
const r = analyzeSentiment('wanneer komt de monteur?', tokenize('wanneer komt de monteur?'), 'nl');
console.log(JSON.stringify(r.brand));
