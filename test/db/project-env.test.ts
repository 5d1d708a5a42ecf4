import { describe, expect, it } from 'vitest';
import { mergeDotEnv } from '../../server/project-env.ts';

describe('mergeDotEnv', () => {
  it('fills unset variables from .env but never overrides the environment', () => {
    const merged = mergeDotEnv({ NEO4J_USER: 'from-env' }, 'NEO4J_USER=from-file\nNEO4J_URI=bolt://127.0.0.1:7687\n# NEO4J_DATABASE=x\n');
    expect(merged).toMatchObject({ NEO4J_USER: 'from-env', NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(merged.NEO4J_DATABASE).toBeUndefined();
  });
});
