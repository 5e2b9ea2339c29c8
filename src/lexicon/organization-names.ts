// Names of organisations by their words: the foreign words that open a company's or an institution's
// name, and the UN agencies wire copy names by their work. Written for this project from general knowledge.

/**
 * Words of other languages that open a company's or an institution's name, its own name after them
 * ("Transportes Cruz del Sur", "Institut Merieux", "Grupo Televisa"): the name alone is the body too.
 */
export const FOREIGN_ORG_OPENERS: ReadonlySet<string> = new Set([
  'institut', 'instituto', 'istituto', 'grupo', 'groupe', 'gruppo', 'banco', 'banca', 'banque', 'compañía', 'compania',
  'compagnie', 'companhia', 'transportes', 'transports', 'empresa', 'empresas', 'industrias', 'laboratorios', 'laboratoires',
  'sociedad', 'société', 'societe', 'società', 'fundación', 'fundacion', 'fondation', 'fondazione', 'fundação', 'corporación',
  'aerolíneas', 'aerolineas', 'editorial', 'éditions', 'editora', 'caja', 'caixa',
  // "Ferrocarriles del Centro", "Trenes del Norte", "Minera Andina", "Petróleos de Venezuela", "Sindicato de Mineros"
  'ferrocarriles', 'ferrocarril', 'trenes', 'minera', 'mineração', 'petrolera', 'petróleos', 'petroleos', 'constructora',
  'naviera', 'cementos', 'aceros', 'seguros', 'autopistas', 'líneas', 'lineas', 'cooperativa', 'sindicato', 'federación',
  'confederación', 'asociación', 'asociacion', 'partido', 'movimiento', 'comité', 'comite', 'consejo', 'tribunal',
]);

/**
 * UN agencies named by their work after "U.N."/"UN"/"United Nations": the description's words before
 * the head noun, and the agency's short form as the gazetteer knows it ("the U.N. children's agency" is
 * UNICEF, "the UN nuclear watchdog" the IAEA). Written for this project from general knowledge.
 */
export const UN_AGENCY_DESCRIPTIONS: ReadonlyMap<string, string> = new Map([
  ["children's agency", 'UNICEF'], ["children's fund", 'UNICEF'], ['refugee agency', 'UNHCR'], ['refugees agency', 'UNHCR'],
  ['health agency', 'WHO'], ['health body', 'WHO'], ['food agency', 'WFP'], ['food aid agency', 'WFP'], ['food program', 'WFP'],
  ['food programme', 'WFP'], ['migration agency', 'IOM'], ['nuclear watchdog', 'IAEA'], ['atomic watchdog', 'IAEA'],
  ['nuclear agency', 'IAEA'], ['atomic agency', 'IAEA'], ['cultural agency', 'UNESCO'], ['culture agency', 'UNESCO'],
  ['cultural body', 'UNESCO'], ['heritage body', 'UNESCO'], ['labour agency', 'ILO'], ['labor agency', 'ILO'], ['weather agency', 'WMO'],
  ['aviation agency', 'ICAO'], ['aviation body', 'ICAO'], ['maritime agency', 'IMO'], ['shipping agency', 'IMO'],
  ['development agency', 'UNDP'], ['development program', 'UNDP'], ['development programme', 'UNDP'], ['population fund', 'UNFPA'],
  ['humanitarian office', 'OCHA'], ['humanitarian agency', 'OCHA'], ['aid office', 'OCHA'], ['aids agency', 'UNAIDS'],
  ['environment agency', 'UNEP'], ['environment programme', 'UNEP'], ['environment program', 'UNEP'], ['drugs agency', 'UNODC'],
  ['drug agency', 'UNODC'], ['drugs and crime office', 'UNODC'], ['telecommunications agency', 'ITU'], ['food and agriculture agency', 'FAO'],
  ['agriculture agency', 'FAO'], ['farm agency', 'FAO'], ['palestinian refugee agency', 'UNRWA'],
]);

/**
 * National agencies and news agencies that wire copy names by their kind once it has named them
 * ("NASA launched … the space agency said", "Xinhua reported … the news agency said"): the
 * description (its words before the head) and the names, as looked up (lower case), that it may stand
 * for. A described body joins the one name of its kind the text gives. From general knowledge.
 */
export const AGENCY_KINDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['space agency', ['nasa', 'esa', 'european space agency', 'roscosmos', 'jaxa', 'isro', 'cnsa', 'national aeronautics and space administration']],
  ['spy agency', ['cia', 'nsa', 'mi6', 'mi5', 'gchq', 'mossad', 'fsb', 'svr', 'gru', 'isi', 'mss', 'dgse', 'bnd', 'asio', 'csis', 'sbu']],
  ['intelligence agency', ['cia', 'nsa', 'mi6', 'mi5', 'gchq', 'mossad', 'fsb', 'svr', 'gru', 'isi', 'mss', 'dgse', 'bnd', 'asio', 'csis', 'sbu']],
  ['health agency', ['cdc', 'centers for disease control and prevention', 'ukhsa', 'ecdc']],
  ['public health agency', ['cdc', 'centers for disease control and prevention', 'ukhsa', 'ecdc']],
  ['tax agency', ['irs', 'internal revenue service', 'hmrc']],
  ['tax authority', ['irs', 'internal revenue service', 'hmrc']],
  ['aviation agency', ['faa', 'easa', 'caa']],
  ['environmental agency', ['epa']],
  ['environment agency', ['epa']],
  ['border agency', ['frontex', 'cbp']],
  ['weather agency', ['met office', 'noaa', 'jma']],
  ['news agency', ['reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'xinhua', 'tass', 'ria novosti', 'interfax', 'anadolu', 'kyodo', 'yonhap', 'irna', 'ani', 'pti', 'efe', 'ansa', 'dpa', 'bernama', 'antara', 'wafa', 'kcna', 'sana', 'suna', 'mena', 'ukrinform', 'tasnim', 'fars', 'isna', 'apa', 'ptt']],
]);
