import { describe, expect, it } from 'vitest';
import { withoutTestRunnerEnv } from '../../scripts/lib/private-build.mjs';

describe('builds started from tests', () => {
  it('do not inherit the variables Vitest sets, which would override the site base', () => {
    const env = withoutTestRunnerEnv({ PATH: '/bin', BASE_URL: '/', MODE: 'test', NODE_ENV: 'test', VITEST: 'true', VITEST_POOL_ID: '1', BASE_PATH: '/zcbq/' });
    expect(env).toEqual({ PATH: '/bin', BASE_PATH: '/zcbq/' });
  });

  it('this test process really has BASE_URL set, so the stripping matters', () => {
    expect(process.env.BASE_URL).toBe('/');
    expect(withoutTestRunnerEnv(process.env).BASE_URL).toBeUndefined();
  });
});
