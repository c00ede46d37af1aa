import { buildGazetteer } from '../../src/ingest/gazetteer/gazetteer';
import { knownEntries } from '../../src/ingest/gazetteer/known-entries';
import { tokenize } from '../../src/ingest/text/tokenize';
import { knownIds as ids } from '../support/gazetteer-ids';
import { links } from './extract-helpers';

describe('well-known entities are named in German and Spanish', () => {
  test.each([
    ['Pentágono', 'organization:pentagon'],
    ['US-Verteidigungsministerium', 'organization:pentagon'],
    ['Weißen Haus', 'organization:white-house'],
    ['Casa Blanca', 'organization:white-house'],
    ['Kreml', 'organization:kremlin'],
    ['Nato', 'organization:nato'],
    ['OTAN', 'organization:nato'],
    ['Europäischen Union', 'organization:european-union'],
    ['Unión Europea', 'organization:european-union'],
    ['Vereinten Nationen', 'organization:united-nations'],
    ['Naciones Unidas', 'organization:united-nations'],
    ['Consejo de Seguridad', 'organization:united-nations-security-council'],
    ['Militärgeheimdienst HUR', 'organization:defence-intelligence-of-ukraine'],
    ['Servicio Nacional de Inteligencia', 'organization:national-intelligence-service'],
    ['Nationalen Geheimdienstes', 'organization:national-intelligence-service'],
    ['russischen Verteidigungsministeriums', 'organization:ministry-of-defence-of-russia'],
    ['Ministerio de Defensa ruso', 'organization:ministry-of-defence-of-russia'],
    ['dpa', 'organization:deutsche-presse-agentur'],
    ['EFE', 'organization:efe'],
    ['Europa Press', 'organization:europa-press'],
    ['Fuerzas de Apoyo Rápido', 'armed_force:rapid-support-forces'],
    ['Hisbollah', 'organization:hezbollah'],
    ['Hezbolá', 'organization:hezbollah'],
    ['Huthi-Rebellen', 'organization:houthis'],
    ['hutíes', 'organization:houthis'],
    ['Afrikakorps', 'armed_force:africa-corps'],
    ['Selenskyj', 'person:volodymyr-zelensky'],
    ['Zelenski', 'person:volodymyr-zelensky'],
    ['Peskow', 'person:dmitry-peskov'],
    ['Sergej Lawrow', 'person:sergei-lavrov'],
    ['Schoigu', 'person:sergei-shoigu'],
    ['Netanjahu', 'person:benjamin-netanyahu'],
    ['Prigoschin', 'person:yevgeny-prigozhin'],
    ['Evgueni Prigojine', 'person:yevgeny-prigozhin'],
    ['Paschinjan', 'person:nikol-pashinyan'],
    ['Bergkarabach', 'location:nagorno-karabakh'],
    ['Nagorno Karabaj', 'location:nagorno-karabakh'],
    ['Al-Faschir', 'location:el-fasher'],
    // The English press writes the Arabic article in lower case.
    ['el-Fasher', 'location:el-fasher'],
    ['Yenín', 'location:jenin'],
    ['Dschenin', 'location:jenin'],
    ['Al Qaeda en el Magreb Islámico', 'organization:al-qaeda-in-the-islamic-maghreb'],
    ['AQMI', 'organization:al-qaeda-in-the-islamic-maghreb'],
    ['MS13', 'organization:mara-salvatrucha'],
    ['Cártel Jalisco Nueva Generación', 'organization:jalisco-new-generation-cartel'],
    ['OSDH', 'organization:syrian-observatory-for-human-rights'],
    [
      'Syrischen Beobachtungsstelle für Menschenrechte',
      'organization:syrian-observatory-for-human-rights',
    ],
    ['Roten Meer', 'location:red-sea'],
    ['Gebiet Kursk', 'location:kursk-oblast'],
    ['región de Kursk', 'location:kursk-oblast'],
    ['Ukraine-Krieg', 'event:russo-ukrainian-war'],
    ['Erdöl', 'commodity:oil'],
    ['Drohnen', 'commodity:drone'],
    ['CEDEAO', 'organization:economic-community-of-west-african-states'],
    [
      'Westafrikanischen Wirtschaftsgemeinschaft',
      'organization:economic-community-of-west-african-states',
    ],
    ['Internationalen Strafgerichtshof', 'organization:international-criminal-court'],
    ['Corte Penal Internacional', 'organization:international-criminal-court'],
    ['OSZE', 'organization:organization-for-security-and-co-operation-in-europe'],
    ['Monusco', 'organization:monusco'],
    ['Finul', 'organization:unifil'],
    ['CICR', 'organization:international-committee-of-the-red-cross'],
    [
      'Internationalen Komitees vom Roten Kreuz',
      'organization:international-committee-of-the-red-cross',
    ],
    ['Ärzte ohne Grenzen', 'organization:doctors-without-borders'],
    ['Amnistía Internacional', 'organization:amnesty-international'],
    ['ACNUR', 'organization:unhcr'],
    ['Programme alimentaire mondial', 'organization:world-food-programme'],
    ['Organización Mundial de la Salud', 'organization:world-health-organization'],
    ['Kordofán', 'location:kordofan'],
    // The dissident fronts are a side of their own, not the FARC that laid down arms.
    ['disidencias de las FARC', 'armed_force:farc-dissidents'],
    ['FARC-Dissidenten', 'armed_force:farc-dissidents'],
    // Northern Mali's rebel movements and their coalition; "CMA" and "CSP" alone name others too.
    ["Coordination des mouvements de l'Azawad", 'armed_force:coordination-of-azawad-movements'],
    ['Koordination der Azawad-Bewegungen', 'armed_force:coordination-of-azawad-movements'],
    ['Coordinadora de Movimientos del Azawad', 'armed_force:coordination-of-azawad-movements'],
    ['Cadre stratégique permanent', 'armed_force:permanent-strategic-framework'],
    ['Marco Estratégico Permanente', 'armed_force:permanent-strategic-framework'],
    ['CSP-PSD', 'armed_force:permanent-strategic-framework'],
  ])('"%s" names %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  test('"CMA" and "CSP" alone name no armed group', () => {
    expect(ids('CMA')).toEqual([]);
    expect(ids('CSP')).toEqual([]);
  });

  test('a name bound to one language matches only in a text of that language', () => {
    const gazetteer = buildGazetteer([]);
    const at = (text: string, language?: string) => {
      const tokens = tokenize(text);
      const index = tokens.findIndex((t) => t.raw === 'IS');
      return gazetteer.matchAt(tokens, index, language)?.entries.map((e) => e.entity.id) ?? [];
    };
    expect(at('Kämpfe gegen den IS', 'de')).toEqual(['organization:islamic-state']);
    expect(at('The army IS ready', 'en')).toEqual([]);
    expect(at('The army IS ready')).toEqual([]);
  });

  test('each curated entity carries its German and Spanish labels and aliases', () => {
    const pentagon = knownEntries().find((e) => e.entity.id === 'organization:pentagon')!.entity;
    expect(pentagon.labels).toEqual([
      { lang: 'de', text: 'Pentagon' },
      { lang: 'en', text: 'Pentagon' },
      { lang: 'es', text: 'Pentágono' },
      { lang: 'fr', text: 'Pentagone' },
    ]);
    expect(pentagon.aliases).toContainEqual({ lang: 'es', text: 'Departamento de Defensa' });
  });

  test('a German and a Spanish sentence name the same entities as their English version', () => {
    const entities = (text: string, language: string) =>
      links(text, language)
        .map((l) => l.split(' → ')[1])
        .sort();
    const en = entities('The Kremlin and NATO reacted, the White House said.', 'en');
    expect(en).toEqual(['organization:kremlin', 'organization:nato', 'organization:white-house']);
    expect(entities('Der Kreml und die Nato reagierten, teilte das Weiße Haus mit.', 'de')).toEqual(
      expect.arrayContaining(en),
    );
    expect(entities('El Kremlin y la OTAN reaccionaron, según la Casa Blanca.', 'es')).toEqual(
      expect.arrayContaining(en),
    );
  });
});
