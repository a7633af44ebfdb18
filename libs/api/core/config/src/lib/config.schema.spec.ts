import { ConfigValidationError, parseConfig } from './config.schema';

describe('parseConfig', () => {
  it('applies development defaults', () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.mail.transport).toBe('capture');
    expect(config.seedDemo).toBe(true);
    expect(config.auth.cookieSecure).toBe(false);
  });

  it('lists every invalid variable in one error', () => {
    try {
      parseConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
      fail('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const problems = (error as ConfigValidationError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('JWT_SECRET');
    }
  });

  it('refuses development secrets in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://campus.example', MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'smtp.example' })).toThrow(
      /JWT_SECRET: the development default is refused in production/,
    );
  });

  it('marks cookies secure behind https', () => {
    const config = parseConfig({ PUBLIC_URL: 'https://campus.example/' });
    expect(config.publicUrl).toBe('https://campus.example');
    expect(config.auth.cookieSecure).toBe(true);
  });
});
