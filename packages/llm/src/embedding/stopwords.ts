// Function words in the three posting languages carry no topic, and left in they make unrelated questions look alike.
const WORDS = `a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here hers
him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours
out over own same she should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours
o os as um uma uns umas de do da dos das em no na nos nas por para com sem que se e ou mas como mais muito muita
seu sua seus suas ele ela eles elas voce voces isso isto esse essa este esta aquele aquela ao aos pelo pela pelos
pelas foi era ser ter tem sao esta estao ja nao sim sobre entre quando onde qual quais quem
el la los las un una unos unas del al en y o pero como mas muy su sus es son fue ser tener tiene esta estan ya no si
sobre entre cuando donde cual cuales quien que con sin por para lo le les este esta estos estas ese esa usted ustedes`

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean))
