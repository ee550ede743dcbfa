import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleLanguage, canonicalLanguage, languageAttributes, languageOfFileName, languageOfText, textDirection } from './language';
import { articleUrl, decodeSegment, urlize } from './urls';

describe('text direction from a language tag', () => {
  it('right to left for Persian, Arabic, Hebrew, Urdu, Sorani, Yiddish, Dhivehi, with or without a region', () => {
    for (const tag of ['fa', 'fa-IR', 'ar', 'ar-EG', 'he', 'ur', 'ckb', 'yi', 'dv', 'ps', 'sd', 'ug']) assert.equal(textDirection(tag), 'rtl', tag);
  });
  it('left to right for Korean, Chinese, English and tags it cannot read', () => {
    for (const tag of ['ko', 'zh-CN', 'zh-Hant', 'en', 'en-GB', 'tr', 'not a tag', '']) assert.equal(textDirection(tag), 'ltr', tag);
  });
  it('a named script decides: Kurdish in Arabic script is rtl, Uyghur in Latin script ltr', () => {
    assert.equal(textDirection('ku-Arab'), 'rtl');
    assert.equal(textDirection('ku'), 'ltr');
    assert.equal(textDirection('ug-Latn'), 'ltr');
  });
});

describe('an article language', () => {
  it('front matter first (lang, then language), canonical', () => {
    assert.equal(articleLanguage({ lang: 'fa-ir' }, 'post.md', 'en'), 'fa-IR');
    assert.equal(articleLanguage({ language: 'ko' }, 'post.md', 'en'), 'ko');
    assert.equal(articleLanguage({ lang: 'zh_CN', language: 'ko' }, 'post.md', 'en'), 'zh-CN');
  });
  it('then Hugo’s file-name suffix, then the site’s', () => {
    assert.equal(languageOfFileName('post.fa.md'), 'fa');
    assert.equal(languageOfFileName('index.zh-cn.mdx'), 'zh-CN');
    assert.equal(languageOfFileName('post.md'), null);
    assert.equal(languageOfFileName('version.2.md'), null);
    assert.equal(articleLanguage({}, 'post.fa.md', 'en'), 'fa');
    assert.equal(articleLanguage({}, 'post.md', 'en'), 'en');
  });
  it('a tag that is not BCP 47 falls back to the site’s', () => {
    assert.equal(canonicalLanguage('english!'), null);
    assert.equal(articleLanguage({ lang: 'english!' }, 'post.fa.md', 'en'), 'en');
  });
  it('lang and dir only where they differ from the page', () => {
    assert.deepEqual(languageAttributes('en', 'en'), {});
    assert.deepEqual(languageAttributes('ko', 'en'), { lang: 'ko' });
    assert.deepEqual(languageAttributes('fa', 'en'), { lang: 'fa', dir: 'rtl' });
    assert.deepEqual(languageAttributes('en', 'fa'), { lang: 'en', dir: 'ltr' });
  });
});

describe('an article language from the script of its opening text, when nothing says', () => {
  it('names Korean, Japanese, Chinese, Persian, Arabic, Urdu and Hebrew text', () => {
    assert.equal(languageOfText('카카오 애드핏을 지킬 블로그에 적용하기'), 'ko');
    assert.equal(languageOfText('睡眠の質を上げる方法'), 'ja');
    assert.equal(languageOfText('我为什么讨厌 Windows 11'), 'zh');
    assert.equal(languageOfText('فرمول‌های مثلثاتی اویلر'), 'fa');
    assert.equal(languageOfText('ضغط الدم المرتفع'), 'ar');
    assert.equal(languageOfText('ہائی بلڈ پریشر کیا ہے'), 'ur');
    assert.equal(languageOfText('לחץ דם גבוה'), 'he');
  });

  it('names none for Latin or Cyrillic text, or a few foreign words in English', () => {
    assert.equal(languageOfText('Blood pressure: what the numbers mean'), null);
    assert.equal(languageOfText('Давление крови'), null);
    assert.equal(languageOfText('The Korean word for sleep is 잠, and for rest 휴식, in a long English sentence.'), null);
    assert.equal(languageOfText(''), null);
  });

  it('comes after front matter and the file name, and gives way to the site’s own language', () => {
    assert.equal(articleLanguage({}, 'post.md', 'en', '카카오 애드핏 적용하기'), 'ko');
    assert.equal(articleLanguage({ lang: 'en' }, 'post.md', 'en', '카카오 애드핏 적용하기'), 'en');
    assert.equal(articleLanguage({}, 'post.ja.md', 'en', '카카오 애드핏 적용하기'), 'ja');
    assert.equal(articleLanguage({}, 'post.md', 'ko-KR', '카카오 애드핏 적용하기'), 'ko-KR');
    assert.equal(articleLanguage({}, 'post.md', 'en', 'Sleep hygiene'), 'en');
  });
});

describe('slugs of non-Latin titles stay readable', () => {
  const cases: [string, string][] = [
    ['카카오 애드핏 적용하기', '카카오-애드핏-적용하기'],
    ['我的 Windows 11 体验', '我的-windows-11-体验'],
    // The zero-width non-joiner is part of Persian spelling (می‌خواهم): kept.
    ['فرمول‌های مثلثاتی اویلر', 'فرمول‌های-مثلثاتی-اویلر'],
    ['مُحَمَّد الْعَرَبِيَّة', 'مُحَمَّد-الْعَرَبِيَّة'],
    ['Kimchi 김치 与 Tea: ایران?', 'kimchi-김치-与-tea-ایران'],
  ];
  for (const [title, slug] of cases) {
    it(`${title} -> ${slug}, percent-encoded only in the URL`, () => {
      assert.equal(urlize(title), slug);
      const url = articleUrl(urlize(title));
      assert.match(url, /^\/posts\/[\x21-\x7e]+\/$/, 'the URL on the wire is ASCII');
      assert.equal(decodeSegment(url.split('/')[2]), slug, 'a route decodes it back');
    });
  }
  it('an emoji is kept as a character (Hugo would drop it)', () => {
    assert.equal(urlize('Sleep 😴 better'), 'sleep-😴-better');
  });
});
