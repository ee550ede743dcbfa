#!/usr/bin/env node
// Synthetic health articles for the benchmark: YAML front matter + Markdown (90 %) or MDX (10 %).
// Deterministic: the same --n and --seed give byte-identical files (seeded PRNG, no clock).
//   node bench/gen-articles.mjs --n 1000 --seed 42 --out DIR
// or: import { generateArticles } from './gen-articles.mjs'; generateArticles({ n, seed, out }).
// MDX files use only <YouTube>, <Video>, <Callout> and plain lowercase elements, with no {expressions}.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: a tiny 32-bit PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const CONDITIONS = ['Migraine', 'Type 2 Diabetes', 'High Blood Pressure', 'Asthma', 'Eczema', 'Psoriasis', 'Gout',
  'Sciatica', 'Kidney Stones', 'Tinnitus', 'Vertigo', 'Shingles', 'Acid Reflux', 'Irritable Bowel Syndrome',
  'Celiac Disease', 'Hypothyroidism', 'Osteoarthritis', 'Rheumatoid Arthritis', 'Carpal Tunnel Syndrome',
  'Plantar Fasciitis', 'Lyme Disease', 'Bronchitis', 'Gallstones', 'Fatty Liver Disease', 'Insomnia', 'Sleep Apnea',
  'Anemia', 'Vitamin D Deficiency', 'Osteoporosis', 'Fibromyalgia', 'Atrial Fibrillation', 'Heart Failure',
  "Crohn's Disease", 'Ulcerative Colitis', 'Diverticulitis', 'Seasonal Allergies', 'Lactose Intolerance', 'Rosacea',
  'Acne', 'Tendinitis', 'Peripheral Neuropathy', 'Varicose Veins', 'Glaucoma', 'Dry Eye', 'Sinusitis', 'Anxiety'];
const TOPICS = [['Symptoms', 'What Are the Symptoms of {c}?'], ['Causes', 'What Causes {c}?'],
  ['Diagnosis', 'How Doctors Diagnose {c}'], ['Treatment', 'Treatment Options for {c}'],
  ['Prevention', 'Can You Prevent {c}?'], ['Diet', 'What to Eat With {c}'], ['Exercise', 'Exercises That Help {c}'],
  ['Home Remedies', 'Home Remedies for {c}: What Works'], ['Outlook', 'Living Well With {c}'],
  ['Complications', 'Complications of {c} to Watch For'], ['Risk Factors', 'Who Gets {c}?'],
  ['Myths', 'Common Myths About {c}'], ['In Children', '{c} in Children: A Parent Guide'],
  ['Medications', 'Medicines Used for {c}'], ['When to See a Doctor', 'When {c} Needs a Doctor']];
const SYMPTOMS = ['fatigue', 'joint pain', 'headaches', 'dizziness', 'shortness of breath', 'a dry cough', 'itching',
  'swelling', 'numbness or tingling', 'night sweats', 'bloating', 'heartburn', 'poor sleep', 'blurred vision',
  'muscle cramps', 'low mood', 'a mild fever', 'stiffness in the morning', 'nausea', 'weight changes'];
const TREATMENTS = ['physical therapy', 'a short course of anti-inflammatory medicine', 'regular walking',
  'cognitive behavioural therapy', 'a low-salt diet', 'prescription eye drops', 'a steroid cream',
  'iron supplements', 'vitamin D supplements', 'a CPAP machine', 'weight loss', 'stretching twice a day',
  'a food diary and elimination diet', 'cold and warm compresses', 'better sleep habits', 'stopping smoking'];
const TESTS = ['a blood test', 'an X-ray', 'an MRI scan', 'an ultrasound', 'a urine test', 'a sleep study',
  'a skin biopsy', 'a physical examination', 'an ECG', 'a breathing test'];
const RISKS = ['age over 50', 'a family history', 'smoking', 'being overweight', 'long hours of sitting',
  'a diet high in processed food', 'pregnancy', 'ongoing stress', 'diabetes', 'heavy alcohol use'];
const WHEN = ['at night', 'after meals', 'in cold weather', 'after exercise', 'first thing in the morning',
  'during stressful weeks', 'after long flights', 'in the spring'];
const TIMES = ['within two weeks', 'after a few months', 'over the first year', 'within days', 'in six to eight weeks'];
const SECTIONS = ['Overview', 'What Causes {c}?', 'Signs and Symptoms', 'How {c} Is Diagnosed', 'Treatment',
  'Medicines and Side Effects', 'Lifestyle Changes That Help', 'Diet and Nutrition', 'Who Is at Risk?',
  'Complications', 'When to See a Doctor', 'Outlook', 'Questions to Ask Your Doctor', 'Frequently Asked Questions'];
const SUBSECTIONS = ['Early signs', 'In adults', 'In children', 'In older adults', 'At home', 'At the clinic',
  'Short term', 'Long term', 'Common triggers', 'What the research says', 'Practical tips', 'Red flags'];
const TAGS = ['health', 'symptoms', 'treatment', 'diagnosis', 'prevention', 'nutrition', 'fitness', 'pain', 'heart',
  'skin', 'digestion', 'sleep', 'mental-health', 'infection', 'children', 'women', 'men', 'aging', 'chronic-illness',
  'first-aid', 'allergies', 'eyes', 'joints', 'lungs', 'diabetes', 'blood-pressure', 'medication', 'pregnancy',
  'immunity', 'hormones'];
const CATEGORIES = ['Conditions', 'Wellness', 'Symptoms', 'Treatments', 'Nutrition', 'Family Health'];
const AUTHORS = ['Dr. Amara Osei', 'Jonas Keller', 'Priya Natarajan', 'Dana Ruiz', 'Dr. Li Wen', 'Marlow Grant'];
const SOURCES = [['NHS', 'https://www.nhs.uk/conditions/'], ['CDC', 'https://www.cdc.gov/health-topics.html'],
  ['MedlinePlus', 'https://medlineplus.gov/healthtopics.html'], ['WHO', 'https://www.who.int/health-topics'],
  ['Mayo Clinic', 'https://www.mayoclinic.org/diseases-conditions']];
const SENTENCES = [
  'People with {c} often notice {sym} first, especially {when}.',
  '{Treat} is usually a sensible first step, and many people feel a difference {time}.',
  'A doctor may order {test} to rule out other causes before confirming {c}.',
  'If {sym} gets worse {when}, call your doctor rather than waiting.',
  'Studies suggest that {treat} can ease {sym} for many adults.',
  '{Sym} together with {sym2} is a common pattern in {c}.',
  'Keeping a symptom diary helps you and your care team spot patterns {time}.',
  'Not everyone with {c} needs {treat}; mild cases often settle with rest.',
  'Your risk of {c} goes up with {risk}, although many people have no risk factor at all.',
  'For most people the target is a blood pressure < 130/80 mmHg, but your doctor may set another one.',
  '{Test} is quick, and the results usually come back {time}.',
  'Combining {treat} with {treat2} tends to work better than either one alone.',
  'Ask your pharmacist before mixing over-the-counter remedies with prescribed medicine.',
  'Children may describe {sym} differently, so watch for changes in sleep, appetite or mood.',
  'Many people manage {c} well for years once they find a routine that suits them.',
  'Tell your doctor about {sym} even if it seems minor; it can change the choice of treatment.',
  'Follow-up visits {time} help check whether {treat} is still the right choice.',
];

/** Lower case, hyphens, no punctuation: the way the site urlizes file names. */
const urlize = (s) => s.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

export function generateArticles({ n = 100, seed = 42, out }) {
  if (!out) throw new Error('generateArticles: `out` (a folder) is required');
  const rand = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const shuffle = (list) => {
    const copy = [...list];
    for (let k = copy.length - 1; k > 0; k--) {
      const j = int(0, k);
      [copy[k], copy[j]] = [copy[j], copy[k]];
    }
    return copy;
  };
  const some = (list, lo, hi) => [...new Set(Array.from({ length: int(lo, hi) }, () => pick(list)))];
  const mdxTotal = Math.round(n / 10);
  // Articles 9, 19, 29, … are MDX; the rule spreads exactly round(n / 10) of them over the range.
  const isMdx = (i) => Math.floor(((i + 1) * mdxTotal) / n) > Math.floor((i * mdxTotal) / n);
  const firstDay = Date.UTC(2019 + (seed % 3), int(0, 11), 1);
  const metas = Array.from({ length: n }, (_, i) => {
    const condition = pick(CONDITIONS);
    const [topic, titleTemplate] = pick(TOPICS);
    const ext = isMdx(i) ? 'mdx' : 'md';
    const slug = urlize(`${condition}-${topic}-${i + 1}`);
    return { condition, ext, slug, title: titleTemplate.replace('{c}', condition), date: isoDate(firstDay + int(0, 4 * 365) * 86400000) };
  });

  const written = { n, markdown: 0, mdx: 0, words: 0 };
  fs.mkdirSync(out, { recursive: true });
  metas.forEach((meta, i) => {
    const mdx = meta.ext === 'mdx';
    // MDX reads `{` and `<` as code; Markdown text keeps them as written.
    const esc = (s) => (mdx ? s.replace(/\{/g, '\\{').replace(/</g, '&lt;') : s);
    const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const c = meta.condition;
    const other = () => metas[(i + int(1, Math.max(1, n - 1))) % n];
    const emphasize = (s) => (chance(0.25) ? (chance(0.5) ? `**${s}**` : `_${s}_`) : s);
    let words = 0;
    const sentence = () => {
      const [sym, sym2] = shuffle(SYMPTOMS);
      const [treat, treat2] = shuffle(TREATMENTS);
      const fill = { c, sym, sym2, treat, treat2,
        test: pick(TESTS), risk: pick(RISKS), when: pick(WHEN), time: pick(TIMES) };
      const s = pick(SENTENCES).replace(/\{(\w)(\w*)\}/g, (_, first, rest) => {
        const value = fill[first.toLowerCase() + rest];
        return first === first.toUpperCase() ? cap(value) : value === c ? value : emphasize(value);
      });
      return esc(s);
    };
    const paragraph = (count) => {
      const parts = Array.from({ length: count }, sentence);
      if (chance(0.3)) {
        const target = other();
        parts.push(`See also [${target.title}](/posts/${target.slug}/).`);
      } else if (chance(0.2)) {
        const [name, url] = pick(SOURCES);
        parts.push(`The [${name}](${url}) has more background on this.`);
      }
      const text = parts.join(' ');
      words += text.split(/\s+/).length;
      return text;
    };
    const youtubeId = () => Array.from({ length: 11 }, () =>
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[int(0, 63)]).join('');

    const fm = ['---', `title: ${JSON.stringify(meta.title)}`, `date: ${meta.date}`];
    if (chance(0.6)) fm.push(`description: ${JSON.stringify(`A plain-language guide to ${c.toLowerCase()}: ${pick(SYMPTOMS)}, ${pick(TREATMENTS)} and when to get help.`)}`);
    fm.push(`author: ${JSON.stringify(pick(AUTHORS))}`,
      `tags: [${some(TAGS, 1, 4).join(', ')}]`,
      `categories: [${some(CATEGORIES, 1, 2).map((x) => JSON.stringify(x)).join(', ')}]`);
    if (chance(0.85)) fm.push('showToc: true');
    fm.push('draft: false', '---', '');

    const body = [];
    const imageAlt = attr(`Illustration for ${meta.title}`);
    if (chance(0.4)) {
      body.push(mdx
        ? `<img src="/images/${meta.slug}.png" alt="${imageAlt}" width="600" height="400" />`
        : `<center><img src="/images/${meta.slug}.png" alt="${imageAlt}" width="600" height="400"></center>`, '');
    }
    body.push(paragraph(int(3, 5)), '');
    const target = int(550, 1250);
    const sections = shuffle(SECTIONS);
    let videoDone = !chance(0.3);
    let tableDone = !chance(0.35);
    let asideDone = !chance(mdx ? 0.5 : 0.3);
    for (let s = 0; s < sections.length && (words < target || s < 3); s++) {
      body.push(`## ${sections[s].replace('{c}', c)}`, '');
      body.push(paragraph(int(3, 6)), '');
      const extra = int(0, 5);
      if (extra === 0) {
        body.push(...some(SYMPTOMS, 3, 6).map((x) => `- ${cap(esc(x))}`), '');
      } else if (extra === 1) {
        body.push(...some(TREATMENTS, 3, 5).map((x, k) => `${k + 1}. ${emphasize(cap(esc(x)))}`), '');
      } else if (extra === 2 && !tableDone) {
        tableDone = true;
        body.push('| Symptom | How common | When to act |', '| --- | --- | --- |',
          ...some(SYMPTOMS, 3, 5).map((x) => `| ${cap(x)} | ${pick(['Very common', 'Common', 'Less common', 'Rare'])} | ${pick(['Mention it at your next visit', 'Book an appointment', 'Call the same day', 'Seek urgent care'])} |`), '');
      } else if (extra === 3 && !asideDone) {
        asideDone = true;
        const summary = `What if ${pick(SYMPTOMS)} comes back?`;
        body.push(mdx
          ? `<Callout title="${attr(summary)}">\n\n${paragraph(2)}\n\n</Callout>`
          : `<details><summary>${summary}</summary>\n\n${paragraph(2)}\n\n</details>`, '');
      }
      for (let k = chance(0.5) ? int(1, 3) : 0; k > 0; k--) {
        body.push(`### ${pick(SUBSECTIONS)}`, '', paragraph(int(2, 4)), '');
      }
      if (!videoDone && s >= 1) {
        videoDone = true;
        const id = youtubeId();
        const title = attr(`${c}: ${pick(TOPICS)[0].toLowerCase()} explained`);
        if (mdx) body.push(chance(0.7) ? `<YouTube id="${id}" title="${title}" />` : '<Video src="/media/clip.mp4" />', '');
        else if (chance(0.5)) body.push(`<iframe width="560" height="315" src="https://www.youtube.com/embed/${id}" title="${title}" frameborder="0" allowfullscreen></iframe>`, '');
        else body.push(`{{< youtube ${id} >}}`, '');
      }
    }
    const file = `${meta.slug}.${meta.ext}`;
    fs.writeFileSync(path.join(out, file), `${fm.join('\n')}\n${body.join('\n').trimEnd()}\n`);
    written[mdx ? 'mdx' : 'markdown'] += 1;
    written.words += words;
  });
  return { n, seed, out, markdown: written.markdown, mdx: written.mdx, avgBodyWords: Math.round(written.words / Math.max(1, n)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = {};
  for (let k = 2; k < process.argv.length; k += 2) args[process.argv[k].replace(/^--/, '')] = process.argv[k + 1];
  if (!args.out) {
    console.error('usage: node bench/gen-articles.mjs --n 1000 --seed 42 --out DIR');
    process.exit(2);
  }
  const result = generateArticles({ n: Number(args.n ?? 100), seed: Number(args.seed ?? 42), out: args.out });
  console.log(JSON.stringify(result));
}
