import { svgVisual } from '../svg-visual.ts';
import { exodusLayout } from './layout.ts';

export const mount = svgVisual(exodusLayout);
