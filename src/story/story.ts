import type { Section } from './schema.ts';

export interface StorySection extends Section {
  /** URL fragment of the section heading. */
  slug: string;
  /** The content file, for error messages. */
  file: string;
}

export function assertUniqueStepIds(sections: Pick<StorySection, 'file' | 'steps'>[]): void {
  const owner = new Map<string, string>();
  for (const section of sections) {
    for (const step of section.steps) {
      const other = owner.get(step.id);
      if (other) throw new Error(`Duplicate step id "${step.id}" in ${section.file} (already used in ${other}). Step ids are URL fragments and must be unique.`);
      owner.set(step.id, section.file);
    }
  }
}
