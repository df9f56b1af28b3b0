import { describe, expect, it } from 'vitest';
import { agencyIn, matchJunk } from '../../src/importer/junk-rules.ts';

describe('junk rules', () => {
  it.each([
    ['Loading stock data...', 'loading'],
    ['Loading…', 'loading'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Share this article', 'share-prompt'],
    ['X', 'share-prompt'],
    ['3 min read', 'share-prompt'],
    ['Sign up here.', 'subscribe-prompt'],
    ['Sign up for our Morning Briefing newsletter', 'subscribe-prompt'],
    ['Related Coverage', 'related-links'],
    ['Read more: What Article 5 means for Ukraine', 'related-links'],
    ['Updated 2 hours ago', 'relative-time'],
    ['[1/3] A caption. REUTERS/Kevin Lamarque Purchase Licensing Rights, opens new tab', 'gallery-counter'],
    ['Ministers arrive for talks in Brussels. (AP Photo/Virginia Mayo)', 'photo-credit'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'trust-principles'],
    ['Our Standards: The Thomson Reuters Trust Principles., opens new tab', 'trust-principles'],
    ['Copyright 2025 The Associated Press. All rights reserved.', 'copyright'],
    ['©2025 Bloomberg L.P.', 'copyright'],
    ['Most Read from Bloomberg', 'bloomberg-promo'],
    ['Reporting by Tom Balmforth; Editing by Alex Richardson', 'credits'],
    ['(Additional reporting by Mark Trevelyan)', 'credits'],
    ['Associated Press writer Jamey Keaten in Geneva contributed to this report.', 'contributed'],
    ['--With assistance from Daryna Krasnolutska.', 'contact-reporter'],
    ['To contact the reporter on this story: Jane Roe in Kyiv at jroe@example.com', 'contact-reporter'],
    ['burs-jm/sw', 'agency-signature'],
    ['By Lorne Cook', 'byline'],
    ['By Anna Petrova and Tom Hale, Reuters', 'byline'],
    ['(Updates with Kremlin comment in paragraph 5)', 'update-note'],
    ['(Reuters)', 'agency-line'],
    ['AFP', 'afp-tag'],
    ['Bloomberg', 'agency-line'],
    // Classes beyond the wire's own (junk-rules-more.ts), in other words than the fixtures'.
    ['We care about your privacy', 'consent'],
    ['This site uses cookies to improve your experience. By continuing you accept our use of cookies.', 'consent'],
    ['Allow essential cookies', 'consent'],
    ['Customise choices', 'consent'],
    ['Headlines delivered to your inbox twice a week.', 'newsletter-box'],
    ['Your email address', 'newsletter-box'],
    ['By subscribing you agree to our privacy policy.', 'newsletter-box'],
    ['❤️ 2.3K  😂 41', 'reactions'],
    ['👁 980', 'reactions'],
    ['3,401 views', 'reactions'],
    ['48 comments', 'share-prompt'],
    ['25 тис. переглядів', 'reactions'],
    ['2.1K subscribers', 'subscribers'],
    ['Page 2 of 5', 'pagination'],
    ['Next page »', 'pagination'],
    ['1 2 3 Next', 'pagination'],
    ['[Comment JS2]: is this figure right?', 'document-comment'],
    ['\\[AB3\\]', 'document-comment'],
    ['DRAFT – NOT FOR PUBLICATION', 'draft-note'],
    ['EMBARGOED UNTIL 0600 GMT', 'draft-note'],
    ['* * *', 'separator'],
    ['\\_\\_\\_\\_', 'separator'],
    ['═════════', 'separator'],
    ['by Julie DUPRÉ with Karl OSTEN in Berlin', 'byline-afp'],
    ['Forwarded from Front Notes', 'forwarded'],
    ['#ceasefire #talks', 'hashtags'],
    ['Join us: https://t.me/somechannel', 'channel-link'],
    ['Читайте також: Зустріч у Женеві перенесли', 'related-links-uk'],
    ['Поділитися', 'share-prompt-uk'],
    ['Фото: Getty Images', 'caption-uk'],
    ['Авторка: Марта Гнатюк', 'credit-uk'],
  ])('%s → %s', (line, rule) => {
    expect(matchJunk(line)?.id).toBe(rule);
  });

  it.each([
    'By stressing that borders not be altered by force, Zelenskyy signaled a careful insistence on consent.',
    'Copyright concerns were raised by the ministry, officials said.',
    'Reporters Without Borders said two journalists were detained.',
    'Share prices in Moscow fell after the announcement.',
    'Loading of grain ships resumed at Odesa on Monday.',
    'Subscribers to the plan include most EU members.',
    'Related talks are expected in Geneva next week.',
    'Conclusion',
    'The Alaska talks and the setting for a potential shift in strategy',
    'The draft treaty, officials said, was not for publication before the summit.',
    'Cookies and sweets were handed out at the border crossing, volunteers said.',
    'Next week the ministers will meet again in Brussels.',
    'Page after page of the draft was blacked out, diplomats said.',
    'Views differ on whether a ceasefire line could become a border.',
    'Поділитися досвідом переговорів готові європейські дипломати.',
    'Фотографії з місця удару оприлюднила поліція.',
  ])('keeps prose: %s', (line) => {
    expect(matchJunk(line)).toBeUndefined();
  });

  it('names the agency a line reveals', () => {
    expect(agencyIn('Our Standards: The Thomson Reuters Trust Principles.')).toBe('Reuters');
    expect(agencyIn('Copyright 2025 The Associated Press.')).toBe('AP');
    expect(agencyIn('© Agence France-Presse')).toBe('AFP');
    expect(agencyIn('Most Read from Bloomberg')).toBe('Bloomberg');
  });
});
