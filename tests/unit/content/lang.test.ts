import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../src/lib/content/lang.ts';

describe('detectLang', () => {
  it('tells Spanish and English prose apart and stays silent on short text', () => {
    expect(detectLang('El ayuntamiento aprobó ayer la reforma de la plaza, que se hará en dos fases para que los comercios del centro puedan seguir abiertos durante las obras y los vecinos no pierdan el acceso a sus casas.')).toBe('es');
    expect(detectLang('The council approved the square’s redesign yesterday, which will be done in two phases so that the shops in the centre can stay open during the works and residents keep access to their homes.')).toBe('en');
    expect(detectLang('Hola world')).toBeUndefined();
  });
});
