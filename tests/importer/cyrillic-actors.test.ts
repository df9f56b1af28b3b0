// The shipped actors' Cyrillic aliases: Ukrainian and Russian wire copy names the same
// people in declined forms, and the importer must still tell who is meant.
import { describe, expect, it } from 'vitest';
import { readContentContext } from '../../src/drafts/content-context.ts';
import { findActorNames, suggestActors } from '../../src/importer/suggest-actors.ts';
import { projectRoot } from './helpers.ts';

const profiles = readContentContext(projectRoot).actors.map((a) => ({ id: a.id, names: [a.data.name, ...a.data.aliases] }));
const ids = (text: string) =>
  suggestActors(findActorNames([{ text, line: 1 }], profiles))
    .map((s) => s.id)
    .sort();

describe('Cyrillic actor names in wire copy', () => {
  it('resolves a Ukrainian sentence with declined names to the right actors', () => {
    const sentence =
      'Після зустрічі Зеленського з Трампом спецпосланець Віткофф заявив, що Путіну запропонували гарантії, а держсекретаря США Марка Рубіо та голову Єврокомісії Урсулу фон дер Ляєн поінформували.';
    expect(ids(sentence)).toEqual(['putin', 'rubio', 'trump', 'von-der-leyen', 'witkoff', 'zelenskyy']);
  });

  it('resolves the defence ministry and NATO in Ukrainian and Russian', () => {
    expect(ids('За даними Міністерства оборони Росії, війська просунулися; у НАТО це не підтвердили.')).toEqual(['nato', 'russian-defence-ministry']);
    expect(ids('Минобороны России сообщило о взятии села.')).toEqual(['russian-defence-ministry']);
  });

  it('resolves Russian spellings, declined', () => {
    expect(ids('Владимир Путин встретился с Уиткоффом, позже Зеленский обсудил это с Рубио.')).toEqual(['putin', 'rubio', 'witkoff', 'zelenskyy']);
  });

  it('does not take the Commission president for the Commission', () => {
    const hits = findActorNames([{ text: 'Голова Єврокомісії прибула до Києва.', line: 1 }], profiles);
    expect(hits.map((h) => h.id)).toEqual(['von-der-leyen']);
  });
});
