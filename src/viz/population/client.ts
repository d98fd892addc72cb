import { svgVisual } from '../svg-visual.ts';
import { populationLayout } from './layout.ts';

export const mount = svgVisual(populationLayout);
