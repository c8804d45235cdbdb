/**
 * Frequent Spanish words, to restore case in all-capitals copy ("LA POLICÍA DETUVO" → "la policía detuvo"):
 * a word not listed here (nor in a lexicon) keeps its capital and may start a name.
 */
export const commonWords: readonly string[] = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'a', 'y', 'e', 'o', 'u', 'ni', 'pero', 'sino', 'que',
  'en', 'con', 'sin', 'por', 'para', 'sobre', 'bajo', 'entre', 'hacia', 'hasta', 'desde', 'durante', 'tras', 'ante', 'contra',
  'según', 'como', 'cuando', 'donde', 'quien', 'quienes', 'cual', 'cuales', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos',
  'esas', 'su', 'sus', 'se', 'lo', 'le', 'les', 'no', 'sí', 'más', 'menos', 'muy', 'también', 'ya', 'aún', 'todo', 'todos', 'toda',
  'todas', 'otro', 'otros', 'otra', 'otras', 'mismo', 'misma', 'ha', 'han', 'había', 'habían', 'es', 'son', 'fue', 'fueron', 'era',
  'eran', 'ser', 'estar', 'está', 'están', 'estaba', 'hay', 'hizo', 'hecho', 'dijo', 'según', 'ciudad', 'país', 'región', 'provincia',
  'departamento', 'estado', 'capital', 'norte', 'sur', 'este', 'oeste', 'centro', 'día', 'días', 'semana', 'mes', 'meses', 'año',
  'años', 'hora', 'horas', 'vez', 'ataque', 'grupo', 'grupos', 'ejército', 'policía', 'gobierno', 'presidente', 'ministro',
  'fuerzas', 'seguridad', 'guerra', 'personas', 'gente', 'casa', 'calle', 'zona', 'lugar', 'parte', 'caso', 'noticia', 'fuente',
];
