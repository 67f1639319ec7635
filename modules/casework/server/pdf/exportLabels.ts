// Italian words for the module's codes, for the access-request PDF (a document for the person, in Italian).
const LABELS: Record<string, Record<string, string>> = {
  status: { intake: 'accoglienza', assessment: 'valutazione', plan: 'progettazione', active: 'in corso', closed: 'chiusa' },
  protection: { ordinary: 'ordinaria', restricted: 'riservata' },
  need: {
    housing: 'casa',
    work: 'lavoro',
    income: 'reddito',
    health: 'salute',
    education: 'istruzione',
    violence: 'violenza',
    legal_status: 'situazione giuridica',
    language: 'lingua',
    parenting: 'genitorialità',
  },
  outcome: { autonomy_reached: 'autonomia raggiunta', transferred: 'trasferita ad altro servizio', dropped_out: 'interrotta', moved_away: 'trasferimento altrove', other: 'altro' },
  section: {
    identity: 'identità',
    contacts: 'contatti',
    legal_status: 'situazione giuridica',
    household: 'nucleo familiare',
    needs: 'bisogni',
    plan: 'progetto',
    notes: 'note',
    health: 'salute',
  },
  referral: { pending: 'in attesa', accepted: 'accettato', declined: 'rifiutato', revoked: 'ritirato' },
  assessment: { preliminary: 'analisi preliminare', multidimensional: 'valutazione multidimensionale' },
  goal: { open: 'aperto', achieved: 'raggiunto', not_achieved: 'non raggiunto', dropped: 'abbandonato' },
  intervention: {
    mediation: 'mediazione linguistico-culturale',
    psychosocial: 'sostegno psicosociale',
    socio_educational: 'intervento socio-educativo',
    ethnoclinical_consultation: 'consulenza dell’équipe etnoclinica',
    housing_placement: 'inserimento abitativo',
    orientation: 'orientamento ai servizi',
  },
  mediation: { requested: 'richiesta', assigned: 'assegnata', done: 'svolta', cancelled: 'annullata' },
  relationship: {
    head: 'capofamiglia',
    partner: 'partner',
    child: 'figlio/a',
    parent: 'genitore',
    sibling: 'fratello/sorella',
    grandparent: 'nonno/a',
    other_relative: 'altro parente',
    other: 'altro',
  },
  permit: {
    asylum_application: 'richiesta di asilo',
    international_protection: 'protezione internazionale',
    special_protection: 'protezione speciale',
    family: 'motivi familiari',
    work: 'lavoro',
    study: 'studio',
    eu_long_term: 'soggiornante UE di lungo periodo',
    minor_age: 'minore età',
    other: 'altro',
  },
};

/** The Italian word for a code; an unknown code is shown as it is, a missing one as empty. */
export function labelOf(vocabulary: keyof typeof LABELS, code: unknown): string {
  if (code === null || code === undefined) return '';
  return LABELS[vocabulary]?.[String(code)] ?? String(code);
}
