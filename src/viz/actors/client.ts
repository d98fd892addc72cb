import { svgVisual } from '../svg-visual.ts';
import { actorsLayout } from './layout.ts';

export const mount = svgVisual(actorsLayout);
