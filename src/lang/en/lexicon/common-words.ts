/**
 * Frequent English words, to restore case in all-capitals copy ("THE ARCE BATTALION COMMAND HAS
 * REPORTED" → "the Arce Battalion Command has reported"): a word not listed here (nor in a lexicon)
 * keeps its capital and may start a name.
 */
export const commonWords: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'without', 'for', 'about', 'into',
  'onto', 'over', 'under', 'after', 'before', 'during', 'since', 'until', 'against', 'between', 'among', 'through', 'across', 'near',
  'outside', 'inside', 'around', 'toward', 'towards', 'upon', 'as', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'whom',
  'whose', 'what', 'when', 'where', 'why', 'how', 'if', 'while', 'because', 'although', 'though', 'so', 'not', 'no', 'yes', 'all', 'any',
  'each', 'every', 'both', 'either', 'neither', 'other', 'others', 'another', 'such', 'same', 'own', 'also', 'only', 'just', 'even',
  'still', 'already', 'again', 'then', 'there', 'here', 'now', 'very', 'more', 'most', 'less', 'least', 'much', 'many', 'some', 'few',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their', 'our', 'your', 'my', 'who',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'said', 'says', 'say', 'told', 'tell', 'reported', 'report', 'reports', 'added',
  'stated', 'according', 'made', 'make', 'took', 'take', 'taken', 'went', 'go', 'came', 'come', 'left', 'found', 'held', 'gave', 'given',
  'used', 'using', 'carried', 'out', 'up', 'down', 'off', 'away', 'back', 'today', 'yesterday', 'tomorrow', 'morning', 'night',
  'afternoon', 'evening', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'hours', 'hour', 'minutes',
  'city', 'town', 'village', 'area', 'region', 'province', 'department', 'country', 'capital', 'district', 'street', 'road', 'highway',
  'bridge', 'house', 'home', 'building', 'office', 'headquarters', 'school', 'church', 'hospital', 'market', 'farm', 'hill', 'river',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'national', 'local', 'military', 'police',
  'army', 'government', 'president', 'minister', 'forces', 'force', 'troops', 'units', 'unit', 'group', 'groups', 'members', 'member',
  'leader', 'leaders', 'official', 'officials', 'authorities', 'source', 'sources', 'press', 'radio', 'television', 'news', 'report',
  'attack', 'attacks', 'incident', 'incidents', 'action', 'actions', 'operation', 'operations', 'war', 'weapons', 'arms', 'ammunition',
  'rifle', 'rifles', 'vehicle', 'vehicles', 'car', 'bus', 'truck', 'damage', 'death', 'deaths', 'life', 'lives', 'body', 'bodies',
  'peace', 'security', 'political', 'party', 'people', 'person', 'man', 'men', 'woman', 'women', 'children', 'family', 'families',
  'various', 'several', 'other', 'new', 'old', 'first', 'second', 'third', 'last', 'next', 'same', 'unknown', 'identified', 'unidentified',
  'armed', 'heavily', 'seriously', 'recently', 'also', 'however', 'meanwhile', 'later', 'earlier', 'text', 'presumably', 'will', 'against',
  'because', 'result', 'resulted', 'caused', 'near', 'number', 'part', 'place', 'took', 'way', 'case', 'cases', 'information', 'fire',
  'inform', 'informed', 'reportedly', 'allegedly', 'possible', 'possibly', 'well', 'known', 'called', 'so-called', 'general', 'high',
];
