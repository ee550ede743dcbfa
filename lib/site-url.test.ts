import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCALHOST_URL, siteUrlForBuild, siteUrlMismatch } from './site-url.mjs';

describe('the site’s address', () => {
  it('is SITE_URL for a build, without its trailing slash', () => {
    assert.equal(siteUrlForBuild({ SITE_URL: 'https://health.example.org/' }), 'https://health.example.org');
    assert.equal(siteUrlForBuild({ SITE_URL: ' https://example.org/pulse ', PULSE_ALLOW_LOCALHOST: '1' }), 'https://example.org/pulse');
  });

  it('refuses a build without SITE_URL, saying what to do, unless localhost is allowed', () => {
    assert.throws(() => siteUrlForBuild({}), /SITE_URL is not set\..*SITE_URL=https:\/\/health\.example\.org npm run build.*--allow-localhost.*PULSE_ALLOW_LOCALHOST=1/);
    assert.throws(() => siteUrlForBuild({ SITE_URL: '  ' }), /SITE_URL is not set/);
    assert.equal(siteUrlForBuild({ PULSE_ALLOW_LOCALHOST: '1' }), LOCALHOST_URL);
    assert.throws(() => siteUrlForBuild({ SITE_URL: 'health.example.org' }), /SITE_URL="health.example.org" is not the site's public address/);
    assert.throws(() => siteUrlForBuild({ SITE_URL: 'ftp://example.org' }), /not the site's public address/);
  });

  it('warns about a server started with another SITE_URL than its build’s, and keeps the build’s', () => {
    assert.equal(siteUrlMismatch('https://a.example', undefined), null);
    assert.equal(siteUrlMismatch('https://a.example', 'https://a.example/'), null);
    assert.match(siteUrlMismatch('https://a.example', 'https://b.example') ?? '', /SITE_URL is https:\/\/b\.example but this site was built for https:\/\/a\.example; every page, feed and sitemap keeps using https:\/\/a\.example/);
    assert.match(siteUrlMismatch('https://a.example', 'nonsense') ?? '', /uses the address it was built with, https:\/\/a\.example/);
  });
});
