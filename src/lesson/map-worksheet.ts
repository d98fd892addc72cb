import type { Scene } from '../viz/scene.ts';

/** A place on a worksheet map: its number, and the id of the place it stands for. */
export interface NumberedPlace {
  number: number;
  id: string;
}

const DOT = /^label:(.+):dot$/;

/**
 * The students' copy of a map: the same scene, with each named place's name replaced by a
 * number (in the order the map draws them), and which number is which place, for the key.
 * Built from the scene itself, so the numbers on the map and in the key cannot disagree.
 */
export function numberPlaces(scene: Scene): { scene: Scene; places: NumberedPlace[] } {
  const places = scene.marks.flatMap((m) => {
    const id = DOT.exec(m.key)?.[1];
    return id ? [id] : [];
  });
  const numbers = new Map(places.map((id, i) => [`label:${id}`, i + 1]));
  return {
    scene: { ...scene, marks: scene.marks.map((m) => (numbers.has(m.key) ? { ...m, text: String(numbers.get(m.key)) } : m)) },
    places: places.map((id, i) => ({ number: i + 1, id })),
  };
}
