import { svgVisual } from '../svg-visual.ts';
import { timelineLayout } from './layout.ts';

export const mount = svgVisual(timelineLayout);
