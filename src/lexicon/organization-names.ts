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
