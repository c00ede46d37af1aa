import type { KnownEntityData } from '../known-entity-data';

/**
 * Ministers, commanders and spokespeople of the wars in the news, chosen
 * where each language's press spells them its own way ("Prigoschin",
 * "Prigojine"): a name the analyser finds would otherwise become a second
 * person per language.
 */
export const OFFICIALS: readonly KnownEntityData[] = [
  {
    kind: 'PERSON',
    name: 'Yevgeny Prigozhin',
    en: ['Yevgeny Prigozhin', 'Prigozhin'],
    fr: ['Evgueni Prigojine', 'Prigojine'],
    de: ['Jewgeni Prigoschin', 'Prigoschin'],
    es: ['Yevgueni Prigozhin', 'Prigozhin'],
  },
  {
    kind: 'PERSON',
    name: 'Valery Gerasimov',
    en: ['Valery Gerasimov', 'Gerasimov'],
    fr: ['Valeri Guerassimov', 'Guerassimov'],
    de: ['Waleri Gerassimow', 'Gerassimow'],
    es: ['Valeri Guerásimov', 'Guerásimov'],
  },
  {
    kind: 'PERSON',
    name: 'Dmytro Kuleba',
    en: ['Dmytro Kuleba', 'Kuleba'],
    fr: ['Dmytro Kouleba', 'Kouleba'],
    de: ['Dmytro Kuleba', 'Kuleba'],
    es: ['Dmitro Kuleba', 'Dmytro Kuleba', 'Kuleba'],
  },
  {
    kind: 'PERSON',
    name: 'Mykhailo Podolyak',
    en: ['Mykhailo Podolyak', 'Podolyak'],
    fr: ['Mykhaïlo Podoliak', 'Podoliak'],
    de: ['Mychajlo Podoljak', 'Podoljak'],
    es: ['Mijailo Podoliak', 'Podoliak'],
  },
  {
    kind: 'PERSON',
    name: 'Oleksandr Syrskyi',
    en: ['Oleksandr Syrskyi', 'Syrskyi', 'Syrsky'],
    fr: ['Oleksandr Syrsky', 'Syrsky'],
    de: ['Olexander Syrskyj', 'Oleksandr Syrskyj', 'Syrskyj'],
    es: ['Oleksandr Syrski', 'Syrski'],
  },
  {
    kind: 'PERSON',
    name: 'Nikol Pashinyan',
    en: ['Nikol Pashinyan', 'Pashinyan'],
    fr: ['Nikol Pachinian', 'Pachinian'],
    de: ['Nikol Paschinjan', 'Paschinjan'],
    es: ['Nikol Pashinián', 'Pashinián'],
  },
  {
    kind: 'PERSON',
    name: 'Ilham Aliyev',
    en: ['Ilham Aliyev', 'Aliyev'],
    fr: ['Ilham Aliev', 'Aliev'],
    de: ['Ilham Alijew', 'Alijew'],
    es: ['Ilham Aliyev', 'Aliyev'],
  },
  {
    kind: 'PERSON',
    name: 'Masoud Pezeshkian',
    en: ['Masoud Pezeshkian', 'Pezeshkian'],
    fr: ['Massoud Pezeshkian', 'Pezeshkian'],
    de: ['Massud Peseschkian', 'Peseschkian'],
    es: ['Masud Pezeshkian', 'Pezeshkian'],
  },
  {
    kind: 'PERSON',
    name: 'Abbas Araghchi',
    en: ['Abbas Araghchi', 'Araghchi'],
    fr: ['Abbas Araghchi', 'Araghchi'],
    de: ['Abbas Araghtschi', 'Araghtschi'],
    es: ['Abás Araghchí', 'Araghchí'],
  },
  {
    kind: 'PERSON',
    name: 'Hassan Nasrallah',
    en: ['Hassan Nasrallah', 'Nasrallah'],
    fr: ['Hassan Nasrallah', 'Nasrallah'],
    de: ['Hassan Nasrallah', 'Nasrallah'],
    es: ['Hasán Nasrala', 'Nasrala', 'Hassan Nasrallah', 'Nasrallah'],
  },
  {
    // The Houthis' military spokesman; the German "Sari" alone would be a first name.
    kind: 'PERSON',
    name: 'Yahya Saree',
    en: ['Yahya Saree', 'Saree'],
    fr: ['Yahya Saree', 'Saree'],
    de: ['Jahja Sari', 'Yahya Saree'],
    es: ['Yahya Sarea', 'Yahya Saree', 'Sarea', 'Saree'],
  },
  {
    kind: 'PERSON',
    name: 'Assimi Goïta',
    en: ['Assimi Goïta', 'Assimi Goita', 'Goïta', 'Goita'],
    fr: ['Assimi Goïta', 'Goïta'],
    de: ['Assimi Goïta', 'Goïta'],
    es: ['Assimi Goïta', 'Goïta'],
  },
  {
    kind: 'PERSON',
    name: 'Kaja Kallas',
    en: ['Kaja Kallas', 'Kallas'],
    fr: ['Kaja Kallas', 'Kallas'],
    de: ['Kaja Kallas', 'Kallas'],
    es: ['Kaja Kallas', 'Kallas'],
  },
];
