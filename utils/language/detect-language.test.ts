import { describe, expect, test } from 'vitest';
import { detectNoteLanguage, MAX_CHARS, readsAsEnglish } from './detect-language';

// Notes written for these tests, the way people write connection requests.
const ENGLISH = [
  'Hi Ana, your talk on open data for urban farms changed how our co-op plans its beds. Happy to share our soil sensor notes. How did you get the city to publish its data?',
  'Hi there, I am expanding my network with like-minded professionals. Could we hop on a quick call this week about our services?',
  'Loved your piece on flood data. I keep a cleaned tide-gauge dataset and would be glad to share it.',
  'Great to meet you at the meetup yesterday!',
  'Thanks for the kind words on my post, would love to stay in touch.',
  'We met at PyCon. I enjoyed your talk about testing.',
  'I saw your post about hiring. Is the role still open?',
  'Hello Dr. Okafor, I read your paper on malaria vaccines and have a question about the trial design.',
  'Would love to connect!',
  'Your post resonated with me.',
  'Saw you at KubeCon Amsterdam, great panel',
  'Congrats on the new role at Deutsche Bahn!',
  'I am a recruiter at Siemens and have a role for you',
  'Hi Ana, obrigado for the tip yesterday, it helped a lot with my thesis.',
];

// English notes crowded with foreign names, places and titles: still English.
const ENGLISH_WITH_FOREIGN_NAMES = [
  'Hi Jürgen, I loved your talk at the Universität zu Köln about Straßenbahn design in Düsseldorf and Mönchengladbach.',
  'Dear Señora García, your work with the Ayuntamiento de Málaga on the Paseo del Parque was inspiring.',
  'Hi João, congratulations on the São Paulo launch at Itaú! How did the team in Belo Horizonte find it?',
  'Hello François, I met Hélène Lefèvre at the Café de la Paix in Besançon and she said I should talk to you.',
  'Hi Giulia, your Politecnico di Milano thesis on the Ponte della Libertà in Venezia is brilliant.',
  'Hi Sjoerd, van der Berg told me about your work at the Rijksmuseum in Den Haag and the Hoge Veluwe.',
  'Hi 王伟, I enjoyed your talk at the Shenzhen meetup about embedded Rust. Would you share the slides?',
  'Hi Mehmet Yılmaz, your post on Eskişehir and İzmir rail was great. How did you get the data?',
  'Loved the Fête de la Musique photos from Paris',
  'Interested in your experience with SAP migrations in Mexico.',
];

const OTHER = [
  ['de', 'Hallo Jonas, Ihr Vortrag über Wärmepumpen im Altbau hat unserer Genossenschaft sehr geholfen. Gerne teile ich unsere Messdaten. Wie haben Sie die Vermieter überzeugt?'],
  ['de', 'Hallo Lena, ich habe deinen Beitrag gelesen und würde mich freuen, wenn wir uns vernetzen.'],
  ['de', 'Vielen Dank für das nette Gespräch gestern!'],
  ['fr', 'Bonjour Camille, votre retour sur les pistes cyclables m’a beaucoup servi. Je peux vous envoyer nos comptages. Comment avez-vous convaincu les commerçants ?'],
  ['fr', "Bonjour, j'ai lu votre article sur l'urbanisme et j'aimerais échanger avec vous."],
  ['fr', 'Merci pour votre intervention, c’était très intéressant.'],
  ['es', 'Hola Lucía, tu taller de robótica para docentes cambió cómo damos tecnología en mi colegio. Te puedo enviar nuestras fichas. ¿Cómo consigues que las niñas sigan en el club?'],
  ['es', 'Hola Javier, me gustaría conectar contigo porque trabajamos en el mismo sector.'],
  ['pt', 'Olá Mateus, adorei sua palestra sobre abelhas nativas. Posso enviar os dados que coletamos no sítio. Como vocês medem a produção de mel?'],
  ['pt', 'Oi Ana, gostaria de me conectar com você, obrigado!'],
  ['it', 'Ciao Giulia, il tuo intervento sulla mobilità sostenibile è stato molto utile per il nostro comune. Ti mando volentieri i nostri dati. Come avete coinvolto i commercianti?'],
  ['it', "Buongiorno, ho letto il suo articolo sull'energia e vorrei collegarmi con lei."],
  ['nl', 'Hoi Gijs, jouw presentatie over warmtenetten in Utrecht was erg leerzaam. Ik deel graag onze meetgegevens. Hoe hebben jullie de bewoners meegekregen?'],
  ['nl', 'Hallo Sanne, ik zou graag met je in contact komen, want we werken aan hetzelfde project.'],
  ['ru', 'Здравствуйте, Оксана! Мне очень понравился ваш доклад о доступности форм.'],
  ['uk', 'Привіт, Оксано! Дякую за вашу статтю про доступність.'],
  ['ar', 'مرحبا فاطمة، أعجبني حديثك عن تدريب الممرضات.'],
  ['zh', '你好王伟，我很喜欢你关于嵌入式开发的演讲。'],
  ['ja', '田中さん、こんにちは。本の感想をお送りしたくてご連絡しました。'],
  ['ko', '안녕하세요, 발표 정말 잘 들었습니다.'],
  ['hi', 'नमस्ते आरव, आपका लेख बहुत अच्छा लगा।'],
  ['el', 'Γεια σας, η ομιλία σας ήταν εξαιρετική.'],
  ['he', 'שלום, נהניתי מאוד מההרצאה שלך.'],
  ['th', 'สวัสดีครับ ชอบบทความของคุณมาก'],
  ['de', 'Danke für die Einladung!'],
  ['fr', 'Ravi de vous rencontrer hier.'],
  ['es', 'Encantado de conocerte en la feria.'],
  ['pt', 'Prazer em conhecer você!'],
  ['it', 'Piacere di conoscerti alla conferenza.'],
  ['nl', 'Leuk je te ontmoeten op het congres.'],
  ['pl', 'Cześć, bardzo podobał mi się twój wykład o dostępności.'],
  ['tr', 'Merhaba, sunumunuz çok güzeldi, bağlantı kurmak isterim.'],
  ['sv', 'Hej, jag gillade din presentation om tillgänglighet.'],
  ['vi', 'Xin chào anh Minh, bài nói của anh rất hay.'],
] as const;

const TOO_SHORT_TO_TELL = [
  '',
  '   ',
  'Ana Souza',
  'Jonas',
  'Hi!',
  'Hi Ana',
  '👋',
  '🙂🙏🚀',
  '... !!! ???',
  '12/300',
  'Lucía Fernández, CEIP Giralda',
  'Jürgen Müller Straße Köln',
  'Congratulations Ana, amazing milestone!',
  'Señor García de la Fuente recommended you',
];

describe('the language of a note', () => {
  test.each(ENGLISH)('English: %j', (note) => {
    expect(detectNoteLanguage(note).language).toBe('en');
  });

  test.each(ENGLISH_WITH_FOREIGN_NAMES)('English, full of foreign names and places: %j', (note) => {
    expect(detectNoteLanguage(note).language).toBe('en');
  });

  test.each(OTHER)('%s: %j is another language', (_lang, note) => {
    const reading = detectNoteLanguage(note);
    expect(reading.language).toBe('other');
    expect(reading.confidence).toBeGreaterThan(0.3);
  });

  test.each(TOO_SHORT_TO_TELL)('too little to tell: %j', (note) => {
    const reading = detectNoteLanguage(note);
    expect(reading.language).toBe('unknown');
    expect(readsAsEnglish(reading)).toBe(true);
  });

  test.each([
    ['a German greeting on an English note', 'Hallo Jonas! Great talk yesterday, I would love to connect and hear more about your heat pump project.', 'en'],
    ['an English sign-off on a German note', 'Hallo Jonas, ich habe Ihren Vortrag gesehen und fand ihn sehr gut. Wir arbeiten an einem ähnlichen Projekt. Best regards', 'other'],
    ['English with a French phrase', 'Hi Camille, bonjour from Montreal! I read your article on bike lanes and would love to share our counts.', 'en'],
    ['Spanish with an English word', 'Hola Javier, me encantó tu post sobre networking, me gustaría conectar contigo.', 'other'],
    ['English with a Russian quote', 'Hi Oksana, as your slide said, «доступність для всіх». I loved the talk and would like to connect.', 'en'],
  ] as const)('mixed: %s', (_case, note, language) => {
    expect(detectNoteLanguage(note).language).toBe(language);
  });

  // Some people write every note in capitals: its short words are words, not acronyms.
  test.each([
    ['en', 'MARTHA THANK YOU FOR THE RIDE TO THE VA ON TUESDAY. I OWE YOU A PIE AND I AM GOOD FOR IT.'],
    ['en', 'WE MEET AT THE LEGION HALL ON THE FIRST MONDAY. COME BY IF YOU CAN, THE COFFEE IS ON US.'],
    ['other', 'HALLO JONAS, ICH HABE DEINEN VORTRAG GESEHEN UND WÜRDE MICH SEHR FREUEN, WENN WIR UNS VERNETZEN.'],
    ['other', 'HOLA JAVIER, ME GUSTARÍA CONECTAR CONTIGO PORQUE TRABAJAMOS EN EL MISMO SECTOR.'],
  ] as const)('a note in capitals reads as %s: %j', (language, note) => {
    expect(detectNoteLanguage(note).language).toBe(language);
  });

  test('acronyms in an English note written in lowercase stay out of the count', () => {
    // Capitals beside lowercase words are acronyms: "DE" and "ES" here are no German or Spanish.
    expect(detectNoteLanguage('Hi Ana, the DE and ES teams at SAP loved your UX talk, thanks for the slides!').language).toBe('en');
  });

  test('short English notes keep their coaching', () => {
    for (const note of ['Hi Ana, can we talk?', 'Thanks Jonas!', 'Hello, nice to meet you', 'Hey, loved it']) {
      expect(readsAsEnglish(detectNoteLanguage(note))).toBe(true);
    }
  });

  test('confidence is between 0 and 1 and grows with the text', () => {
    const short = detectNoteLanguage('Thanks for the talk.');
    const long = detectNoteLanguage(ENGLISH[0]!);
    for (const reading of [short, long]) {
      expect(reading.confidence).toBeGreaterThanOrEqual(0);
      expect(reading.confidence).toBeLessThanOrEqual(1);
    }
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  test('the same note reads the same every time', () => {
    expect(detectNoteLanguage(OTHER[0][1])).toEqual(detectNoteLanguage(OTHER[0][1]));
  });

  test('a megabyte paste is read, and only its beginning decides', () => {
    const english = 'I would love to hear how the project went. '.repeat(25_000);
    expect(english.length).toBeGreaterThan(1_000_000);
    expect(detectNoteLanguage(english).language).toBe('en');
    const germanTail = `${'Thanks for the talk. '.repeat(MAX_CHARS / 20)}${'Ich würde mich sehr freuen. '.repeat(50_000)}`;
    expect(detectNoteLanguage(germanTail).language).toBe('en');
    expect(detectNoteLanguage('🙂'.repeat(500_000)).language).toBe('unknown');
    expect(detectNoteLanguage('你好我很喜欢'.repeat(170_000)).language).toBe('other');
  });
});
