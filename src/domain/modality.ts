/**
 * How sure a claim is, as the text states it, strongest first: a
 * relation's `modality` is its claim of lowest rank here. CONFIRMED: stated
 * as confirmation; ASSERTED: stated as fact by its speaker; REPORTED:
 * relayed without a named source ("des rapports ont circulé"); ALLEGED:
 * conditional or unverified ("aurait fourni"); INTENDED: announced future
 * action ("réagiront"); DENIED: the speaker says it is false.
 */
export const MODALITIES = [
  'CONFIRMED',
  'ASSERTED',
  'REPORTED',
  'ALLEGED',
  'INTENDED',
  'DENIED',
] as const;

export type Modality = (typeof MODALITIES)[number];

/** Rank used for a relation's strongest modality: lower is stronger. */
export function modalityStrength(modality: Modality): number {
  return MODALITIES.indexOf(modality);
}

export function strongestModality(modalities: Iterable<Modality>): Modality | null {
  let best: Modality | null = null;
  for (const modality of modalities) {
    if (best === null || modalityStrength(modality) < modalityStrength(best)) best = modality;
  }
  return best;
}

export function isModality(value: string): value is Modality {
  return (MODALITIES as readonly string[]).includes(value);
}
