import type { SourceKind, StatementKind } from '../../lesson/schema.ts';

/**
 * Every reader-facing string of the site's own (not the article, the data records or the glossary,
 * which are content): English, the reference. Its shape is the type of every language's messages; each
 * other language translates it in src/i18n/messages/<locale>.json, checked against it when the build loads
 * it (src/i18n/messages.ts): a missing or extra key, or a {placeholder} not English's, fails the build,
 * naming the language and the key.
 *
 * Strings are plain text unless a key says Markdown (rendered inline). `{name}` is filled in by the page
 * (src/i18n/fill.ts) with what a sentence needs: names, links, dates and numbers already formatted with Intl
 * (src/i18n/format.ts), never written here. A message that takes a count has one text per plural category
 * of the language (`one` and `other` in English).
 */
export const en = {
  language: {
    /** The language's own name, for the language switch. */
    name: 'English',
    /** BCP 47 tag for Intl's dates and numbers. */
    intl: 'en-GB',
    /** How a page in another language introduces the link to this one. */
    switchLabel: 'Language',
    /** What a translated edition says about itself (shown where the story begins, and in the embeds' credit). */
    translationNote: '',
  },

  site: {
    name: 'Nagorno-Karabakh, September 2023',
    headline: 'With Russia distracted in Ukraine, Azerbaijan launches attack on Armenian enclave',
    standfirst:
      'A scroll-through explainer of the Azerbaijani offensive in Nagorno-Karabakh on 19–20 September 2023, and of the shifting alliances around it: Russia, Turkey, the United States and Europe.',
    sectionLabel: 'Europe',
    credit: 'Nagorno-Karabakh explainer contributors',
  },

  nav: {
    skipToStory: 'Skip to the story',
    skipToGlossary: 'Skip to the glossary',
    skipToLesson: 'Skip to the lesson plan',
    site: 'Site',
    story: 'The story',
    lesson: 'For teachers: lesson plan',
    glossary: 'Glossary',
    howWeKnow: 'How we know',
    backToStory: '← Back to the story',
    forTeachers: 'For teachers: lesson plan, glossary and printable worksheets',
    onThisPage: 'On this page',
  },

  common: {
    sources: 'Sources:',
    /** Joins a source's publisher and the site a copy of it was read on. */
    copyAt: '{publisher} (copy at {site})',
    stateMedia: '(state media)',
    editorsNote: 'Editor’s note:',
    /** Unfold a step's sources and an editor's note on a phone, where the card covers the graphic. */
    sourcesToggle: 'Sources',
    editorsNoteToggle: 'Editor’s note',
  },

  header: {
    /** {events} and {checked} are dates, marked up by the page. */
    dateline:
      'The article describes the events of {events}; its author, outlet and publication date are not known. It is reproduced as supplied. The explainer’s additions are marked and sourced; facts checked up to {checked}.',
    sections: 'Sections',
  },

  labels: {
    report: { name: 'Report', explanation: '' },
    analysis: { name: 'Analysis', explanation: 'This section is the article’s own analysis and interpretation, not news reporting.' },
    opinion: { name: 'Opinion', explanation: 'This section gives the article’s recommendations: the views of its author, not facts.' },
    epilogue: { name: 'Added by the explainer', explanation: 'Not part of the article: events after it, each dated and sourced.' },
    added: { name: 'Added by the explainer', explanation: 'Background the article does not give, with its sources.' },
    analysisMark: 'Marked as analysis: the article’s interpretation inside a news section, not reporting.',
  },

  story: {
    controls: 'Story steps',
    previous: 'Previous',
    next: 'Next',
    /** Read after Previous/Next by screen readers. */
    stepWord: ' step',
    stateWord: ' state',
    /** Also written by the browser as the reader moves. */
    counter: 'Step {step} of {steps}',
    shareStep: 'Share this step',
  },

  keyNumbers: {
    title: 'Key numbers',
    lede: 'Where sources differ, the range from the lowest to the highest figure, then who says what. How these were checked:',
  },

  figures: {
    qualifiers: { 'at least': 'at least', 'more than': 'more than', about: 'about' },
  },

  figure: {
    source: 'Source:',
    downloadCsv: 'Download the data (CSV)',
    imageOfView: 'Image of this view',
    toDownload: ' to download',
    altAndCredit: 'alt text and credit',
    showTable: 'Show the data as a table',
    tableOnSources: 'The data as a table',
    scrollableTable: '{caption} (scrollable table)',
    sourcesColumn: 'Sources',
  },

  /** "About this graphic": one disclosure per graphic with what it shows, its source and its data. */
  about: {
    toggle: 'About this graphic',
    /** After the toggle's words, or after the graphic's title where the disclosures are listed together. */
    what: 'source and data',
    /** Between the toggle's words (or the graphic's title) and `what`: punctuation differs by language. */
    separator: ': ',
    /** The story lists every graphic's disclosure after its steps, under this heading (linked from the contents). */
    allTitle: 'The graphics: sources and data',
  },

  credits: {
    after: 'After the article: dated events, with sources',
    /** {count} is marked up separately (the published-pages check reads it as a count). */
    lede: 'The article describes the events of {events}. These {count} events in the explainer’s timeline came after {after}, most recent last.',
    title: 'Credits and data',
    /** {licence} is the licence's name, linked. */
    byline:
      '{name}. By {credit}. Text and graphics licensed {licence}; the article is reproduced as supplied, and editor’s notes mark where the sources say something different or more precise.',
    howWeKnow: 'Every figure, its source and how the graphics were made:',
    downloads: 'Download the data behind each graphic (CSV, with a source for every row):',
  },

  embedPanel: {
    title: 'Embed / republish',
    /** {licence} is the licence's name, linked. */
    licence: 'You may republish this explainer, free of charge, under the {licence} licence. Please show this credit line with it:',
    copyCredit: 'Copy credit line',
    copy: 'Copy',
    copyCode: ' the {what} code',
    copyVisualCode: ' the code for {what}',
    snippets: {
      loader: { title: 'Our loader (recommended)', help: 'The frame grows to fit the story, and the story follows the reader’s scroll on your page.' },
      pym: { title: 'pym.js', help: 'For pages that already use NPR’s pym.js v1; scroll tracking is on.' },
      iframe: { title: 'Plain iframe', help: 'No script at all: the story scrolls inside a fixed-height frame.' },
    },
    singleTitle: 'A single graphic',
    /** Markdown. */
    singleHelp: 'Each graphic alone, with its own Previous/Next buttons. Change `?step=` to any step id of the story to pin that state.',
    /** Markdown: the single-graphic options, for readers without JavaScript (the form below offers them otherwise). */
    optionsHelp:
      'Options, added to the address: `title=0` leaves out the title, `caption=0` the “About this graphic” block (what it shows, its source and data), `controls=0` the Previous/Next buttons; `theme=light` or `theme=dark` fixes the colours (the default follows the reader’s setting).',
    /** The form that writes those options into the single-graphic snippets. */
    options: {
      legend: 'Show in these graphics',
      title: 'Title',
      caption: '“About this graphic”',
      controls: 'Previous/Next',
      theme: 'Theme',
      themes: { auto: 'The reader’s setting', light: 'Light', dark: 'Dark' },
    },
    originHint:
      'The addresses in this code start with a path on this site: without JavaScript, put this site’s address (as your browser shows it, up to the first single slash) in front of each one.',
    imagesTitle: 'Images, and a link to any step',
    imagesHelp:
      'Where a page cannot run an iframe (print, newsletters, apps, social posts, slides): every graphic at every step as a PNG (16:9 or 4:5, at twice the size shown) or an SVG, with its title, source and credit printed on it, each with its alt text to paste beside it.',
    imagesLink: 'All images, with alt text and credit',
    shareHelp: '“Share this step”, under each step of the story, copies a link that opens the story at that step and whose preview card shows that step’s graphic.',
    /** The credit line printed beside a republished copy. */
    creditLine: '“{headline}” by {credit}, {address}, licensed under {licence} ({licenceUrl}).',
    pymComment: "Needs pym.js v1 on the page, e.g. your CMS's copy of pym.v1.min.js",
  },

  embed: {
    fullStory: 'read the full story',
    by: 'By {credit};',
    visualControls: 'States of this graphic',
    /** Also written by the browser as the reader moves. */
    counter: '{step} of {steps}',
  },

  images: {
    title: 'Images to republish',
    description: 'Every graphic of “{headline}” at every step, as PNG and SVG, with alt text and credit.',
    intro:
      'Every graphic of the story at every step, drawn from the same data and layout as the interactive figures, with its title, what it shows, its source and the credit printed on it. PNG at twice the size shown (for screens and print), SVG to edit; 16:9 for web pages and slides, 4:5 for phones and social feeds. Publish each image with its alt text and this credit line:',
    copyCredit: 'Copy credit line',
    step: '· step “{id}”',
    copyAlt: 'Copy alt text',
    copyAltOf: ' of step {id}',
    download: 'Download:',
    shareLink: 'Share link',
    interactive: 'interactive graphic',
    inStory: 'in the story',
    /** Printed on every image, before the figure's source line. */
    source: 'Source:',
  },

  share: {
    open: 'Open the story at this step',
  },

  print: {
    from: 'Printed from',
  },

  glossary: {
    title: 'Glossary',
    description: 'Neutral definitions of the key terms of the Nagorno-Karabakh explainer, with the names each side uses and sources.',
    standfirst:
      'Key terms of the story, defined neutrally. Where Armenians and Azerbaijanis use different names, both are given with who uses which, as observed in news-agency copy and official statements. Each definition cites the sourced records it draws on.',
    whoUsesWhich: 'Who uses which name',
    /** After a term's definition in the story: the link to its entry. */
    entryAndSources: 'Glossary entry and sources',
    seeAlso: 'See also:',
  },

  /** What the browser says after a Copy button or a "Share this step" link ({url} is the link). */
  copy: {
    copied: 'Copied to the clipboard.',
    failed: 'Could not copy: select the code and copy it instead.',
    linkCopied: 'Link to this step copied to the clipboard.',
    /** Shown after "Share this step" once it has copied. */
    linkCopiedMark: 'link copied',
    linkFailed: 'Could not copy the link: {url}',
  },

  sources: {
    title: 'How we know',
    description:
      'How the explainer checks what it says: method, sources by topic, contested figures with who says what, what could not be confirmed, and how to report an error.',
    standfirst:
      'Every fact the explainer adds to the article is kept as a record with at least one source, and every figure on these pages is read from those records. Where sources disagree, we give the range and who says what. This page says how the facts were checked, what could not be confirmed, and how to tell us about an error.',
    toc: {
      article: 'The article and this explainer',
      labels: 'How the story is labelled',
      method: 'How the facts were checked',
      contested: 'Contested figures: who says what',
      notConfirmed: 'What could not be confirmed',
      topics: 'Sources by topic',
      graphics: 'The graphics and their data',
      notes: 'Editor’s notes',
      otherFigures: 'Other sourced figures',
      geodata: 'The map',
      methods: 'How the graphics were made',
      errors: 'Report an error',
    },
    article: 'The explainer is built around a news article about Azerbaijan’s offensive in Nagorno-Karabakh. Its author, the outlet that published it and its publication date are not known; it describes the events of {events}. It is reproduced as supplied, without its photo. The explainer adds editor’s notes, background, the events that followed, graphics and a glossary. Those additions were checked against their sources up to {checked}; anything later is not reflected.',
    labelsIntro: 'The article is reproduced as supplied. Each of its sections is labelled for what it is, and what the explainer adds is marked:',
    addedInside: '{name}, inside a section of the article',
    analysisTerm: 'Words underlined with a dashed line and tagged “analysis”',
    analysisDefinition:
      'Inside sections labelled “Report”, phrases that interpret rather than report (a cause, a motive, a judgement) are marked as the article’s analysis. The article’s words are unchanged.',
    noteTerm: 'Editor’s note',
    noteDefinition: 'Added beside the article’s text where the sources say something different or more precise, with those sources.',
    /** Markdown; `glossary` is the glossary's address. */
    method: [
      'The facts come from public sources read for this explainer: news agencies, the United Nations and its agencies, courts, governments’ statements, research groups and encyclopedias. Each fact is kept as a record naming at least one source. The site is built from those records, and the build stops if a record has no source or if a page shows a number that no record states.',
      'Some documents and many encyclopedia articles were read as copies on other sites. The issuing body is credited first, followed by the site of the copy (“copy at …”).',
      'Sources from a party to the conflict (the governments of Azerbaijan and Armenia, the Karabakh Armenian authorities, outlets close to either side) and state media of Russia, Turkey, Iran and Armenia are used with attribution: what they say is given as what they say. Where a state outlet is cited beside a primary or independent source, it is listed after it.',
      'Where sources disagree, the explainer gives the range and who says what, and never adds up figures counted by different sides.',
      'Names differ by side. The explainer gives both where usage differs (Stepanakert / Khankendi, Shusha / Shushi) and quotes each side’s terms with attribution: Azerbaijan speaks of “anti-terrorist measures” and, in official statements, of “illegal Armenian armed formations”, and today of the “Karabakh Economic Region”; Armenia speaks of “aggression” and of “forcibly displaced persons”; UN agencies and most news agencies of a “military operation” or “offensive” and of “refugees”. The [glossary]({glossary}) says who uses which name.',
      'Summaries are written fresh; short quotations say what a number counts.',
    ],
    contestedIntro: 'Each range runs from the lowest to the highest figure the sources give; below it, who gives which, with their sources.',
    datesInDispute: 'Dates that sources give differently',
    notConfirmedIntro: 'These were looked for and not confirmed from the sources found, so the explainer gives no figure or detail for them:',
    notConfirmed: [
      'The number of people of each ethnic group in the Soviet censuses of Nagorno-Karabakh: only the shares were confirmed.',
      'The exact location of the Hakari bridge checkpoint: the map does not place it.',
      'A final count by the Armenian government after 2 October 2023.',
      'How many Russian peacekeepers were killed on 20 September 2023: deaths were announced, but no number was confirmed.',
      'Any Turkish military assistance specific to the September 2023 operation.',
      'The killings at Sumgait, Khojaly and Maragha during the first war, remembered by each community: not researched for this explainer, and left out rather than told from one side.',
      'The number of Syrian fighters in the 2020 war, reported only second-hand.',
      'The date the EU monitoring mission in Armenia began; only the agreement to send monitors was confirmed.',
      'The handover of Lachin / Berdzor town to Azerbaijan and the re-routing of the corridor.',
      'The delimitation of the Armenia–Azerbaijan border in Tavush.',
      'An early Soviet population count seen only on an unreliable site.',
    ],
    topicsIntro: 'Every source behind the explainer’s records, grouped by what it was used for. Links go to the copy that was read.',
    /** How many sources a topic lists; {count} is marked up by the page. */
    topicCount: {
      one: '{count} source',
      other: '{count} sources',
    },
    sourceLine: 'Source line:',
    downloadData: 'Download the data ({file})',
    geodataElsewhere: 'The sources of this graphic are listed with its geodata below.',
    notesIntro: 'Notes added beside the article’s text where the sources say something different or more precise.',
    otherFiguresIntro: 'Figures in the project’s data that the graphics do not draw, kept here with who reports them.',
    otherTables: {
      forces: 'Troops, casualties and court decisions, each figure by who reports it',
      war1988to1994: 'Displacement in the war of 1988–1994, and deaths',
      war2020: 'Displacement in the 2020 war',
      exodusDaily: 'Daily arrivals in September 2023, where reports disagree',
      exodusCasualties: 'Deaths during the 2023 exodus',
    },
    forcesColumns: { label: 'Figure', when: 'When', value: 'Value', unit: 'Unit', reportedBy: 'Reported by', note: 'Notes' },
    geodataOutlines: 'Its outlines are approximate, and each says what it is and is not:',
    geodataLicence:
      'Natural Earth is in the public domain. Places are drawn at coordinates from their sources (listed in the map’s data table); a place without a sourced coordinate is not drawn.',
    methods: [
      'Each graphic is drawn by a layout function written with D3 (d3-scale, d3-shape): from the data and the state a scroll step asks for, it computes every mark. The same marks are written into the page as a static SVG when the site is built, so the graphics work without JavaScript and print; in the browser they are redrawn at the screen’s size and animated between steps (without animation for readers who ask for reduced motion).',
      'The data files are checked against schemas when the site is built: a record without a source, an unknown actor, a date that is not a date or a step that names something missing stops the build with the file and field at fault.',
      'Colours come from the Okabe–Ito palette, which stays distinguishable with the common forms of colour blindness, tuned for light and dark themes. Colour is never the only cue: relations in the actors diagram also differ by line pattern, estimates have dashed outlines, and groups and lines are labelled directly rather than through a legend.',
      'The actors diagram shows the relations in force on a date: a relation appears when it begins, is drawn thicker when several of its kind are in force, carries a zigzag when the same two actors are at odds (criticism or conflict) while bound by a treaty, alliance, support or peacekeeping tie, and carries two bars when one party says it has frozen its part, and is drawn as a grey dashed line with a break mark once it has ended.',
      'Population figures before and after 1991 cover different areas (the Soviet oblast, then the changing area held by the de facto authorities); the chart separates them with a break. The exodus chart places counts at the local time (UTC+4) they were given; counts with no time of day are placed at midday and drawn with a dashed outline.',
      'Contested figures (the population before the offensive, how many left, casualties) are shown as ranges with who says what, never as one number. Every graphic has a text description, a data table and a CSV download; the site makes no request to any other server.',
    ],
    errors:
      'If you find an error, tell the people who published the copy you are reading: name the page, the sentence or figure, and, if you can, a source that says otherwise. Corrections are made in the records the pages are built from, so a corrected figure changes everywhere it appears, and the date up to which facts were checked moves with them.',
    topics: {
      soviet: 'The Soviet oblast and its censuses',
      firstWar: 'The first war, 1988–1994',
      ceasefireTo2020: 'From the 1994 ceasefire to the 2020 war',
      toOffensive: 'From 2021 to the offensive: blockade, talks and realignment',
      september2023: 'September 2023: the offensive, the ceasefire and the exodus',
      since: 'Since October 2023',
      actors: 'The actors and their relations',
      places: 'Places and their names',
    },
    /** The extra figures some records of forces.json carry, by key, as words. */
    detail: {
      armenianCiviliansReportedByArmenia: 'Armenian civilians reported by Armenia',
      armenianParticipants: 'Armenian participants',
      armenianSideOwnFigure: 'the Armenian side’s own figure',
      armenianUnit: 'Armenian unit',
      armouredPersonnelCarriers: 'armoured personnel carriers',
      azerbaijaniCiviliansReportedByAzerbaijan: 'Azerbaijani civilians reported by Azerbaijan',
      azerbaijaniSideOwnFigure: 'the Azerbaijani side’s own figure',
      basis: 'basis',
      charges: 'charges',
      childrenAmongCivilians: 'children among civilians',
      childrenInjured: 'children injured',
      childrenKilled: 'children killed',
      civilianRoadWorkers: 'civilian road workers',
      civilians: 'civilians',
      civiliansInjured: 'civilians injured',
      civiliansKilled: 'civilians killed',
      claimsAboutTheOtherSide: 'claims about the other side',
      coSuspect: 'co-suspect',
      defenceMinistry: 'defence ministry',
      entryIntoForce: 'entry into force',
      inHospital: 'in hospital',
      instrumentDeposited: 'instrument deposited',
      interiorMinistry: 'interior ministry',
      locations: 'locations',
      missing: 'missing',
      missingCivilians: 'missing civilians',
      missingSoldiers: 'missing soldiers',
      modesOfLiability: 'modes of liability',
      parliamentVote: 'parliament vote',
      periodAlleged: 'period alleged',
      policeOfficers: 'police officers',
      purpose: 'purpose',
      retroactiveJurisdictionFrom: 'retroactive jurisdiction from',
      signedIntoLaw: 'signed into law',
      soldiers: 'soldiers',
      term: 'term',
      usUnits: 'US units',
      vehiclesAndSpecialEquipment: 'vehicles and special equipment',
      wikipediaTotalBothSides: 'Wikipedia’s total for both sides',
      wounded: 'wounded',
    } as Record<string, string>,
  },

  /** Shared by the data tables of several visuals and the How we know page. */
  displacementColumns: {
    date: 'Date or period',
    time: 'Local time',
    value: 'People',
    range: 'Range',
    reportedBy: 'Reported by',
    counts: 'What it counts',
  },
  /** Times of day some sources give instead of a clock time. */
  partsOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },

  /** Present mode (/present/): the story one step per screen, for a classroom projector. */
  present: {
    title: 'Present: {headline}',
    description: 'The story one step per screen, for a classroom projector. {standfirst}',
    label: 'Present mode',
    help: 'The story one step per screen, for a projector. Move with the arrow keys, Page Up and Page Down (as a clicker sends them), Space, or the buttons; Home and End go to the first and last step, B blanks the screen and F asks for full screen.',
    readStory: 'Read the story instead',
    lessonPlan: 'Lesson plan',
    noScript: 'Without JavaScript, every step is listed below with its graphic.',
    controls: 'Presentation',
    /** Also written by the browser as the teacher moves; {section} is the section's title. */
    counter: 'Step {step} of {steps} · {section}',
    /** Read by screen readers when a step is shown; {text} is the step's text. */
    announce: 'Step {step} of {steps}, {section}. {text}',
    fullScreen: 'Full screen',
    speakerNotes: 'Speaker notes',
    newWindow: ' (opens in a new window)',
    backToStory: 'Back to the story',
    blanked: 'Screen blanked. Press B to show it again.',
    unblanked: 'Screen shown again.',
    termsInStep: 'Terms in this step',
    discussion: 'Discussion questions: {section}',
    modelAnswers: 'Model answers:',
    teachersCopy: 'teacher’s copy of the lesson plan',
    /** The link at the end of the story; {present} and {lesson} are links the page marks up. */
    storyEnd: 'Teaching with this story? {present}, one step per screen, with speaker notes; or see the {lesson}.',
    storyEndPresent: 'Present it on a projector',
    storyEndLesson: 'lesson plan',
  },

  /** The lesson plan (/lesson/ and the teacher's copy /lesson/teacher/); its content is src/content/lesson/. */
  lesson: {
    /** The letters that label worksheet items, in order. */
    letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    teachersCopyTitle: 'Teacher’s copy · {title}',
    forTeachers: 'For teachers',
    forTheTeacher: 'For the teacher',
    printEdition: { teacher: 'Teacher’s copy, with model answers and answer keys', student: 'Students’ handout' },
    /** {link} is a link to the other edition, marked up by the page. */
    teacherNote: {
      lead: 'Teacher’s copy.',
      text: 'Printing this page gives the teacher’s copy: model answers, success criteria, sequences and answer keys included. For the students’ handout, print the {link}.',
      link: 'lesson page',
    },
    studentNote: {
      lead: 'Printing this page gives the students’ handout:',
      text: 'the summaries, questions and activities, without the material marked “For the teacher”. For your own copy with model answers and answer keys, print the {link}.',
      link: 'teacher’s copy',
    },
    audience: 'Who it is for',
    duration: 'Time needed',
    materials: 'Materials',
    licence: 'Licence',
    licenceTerms: ': share and adapt with credit to {credit}.',
    toc: {
      contentNote: 'Before you start: content note',
      objectives: 'Learning objectives',
      sequence: 'Suggested sequence',
      keyTerms: 'Key terms',
      plainSummaries: 'The story in plain language',
      discussion: 'Discussion questions',
      extension: 'Extension questions',
      statements: 'Activity 1: fact, claim, analysis, recommendation, or inaccurate?',
      timeline: 'Activity 2: put the events in order',
      map: 'Activity 3: the map',
      sourceCheck: 'Activity 4: who said it, and how would they know?',
      graphics: 'Using the graphics: learning platforms and print',
    },
    contentNoteIntro: 'What the story and its sources describe, so that you can prepare the class:',
    preparing: 'Preparing the class',
    objectivesIntro: 'By the end of the lesson, students can:',
    successCriteria: 'Success criteria',
    sequenceSteps: {
      one: 'The story has {steps} step: in one lesson, read part of it or use the plain-language summaries; over two lessons, read it all.',
      other: 'The story has {steps} steps: in one lesson, read part of it or use the plain-language summaries; over two lessons, read it all.',
    },
    /** {present} and {notes} are links the page marks up. */
    presentHelp:
      'To project it, open {present}: one step per screen, the graphic large and the text readable from the back of the room. Move with a presentation clicker, the arrow keys or the on-screen buttons; B blanks the screen, F asks for full screen. Open the {notes} on your own screen: the step’s editor’s notes, its key terms and the section’s discussion questions, following the projector as you move.',
    presentLink: 'present mode',
    notesLink: 'speaker notes',
    oneLesson: 'One lesson',
    sequenceCaption: '{title}: activities with minutes for each',
    minutes: 'Minutes',
    activity: 'Activity',
    /** {link} is the glossary page, marked up by the page. */
    keyTermsIntro:
      'In the story, each of these terms is underlined where it first appears: select it (click, tap, or Tab then Enter) to read its definition. The same entries are on the {link}.',
    glossaryLink: 'glossary page',
    plainIntro: 'A short summary of each section in plain language, for students who need support or as a recap. Each rests on the same sources as the story.',
    discussionIntro:
      'One set for each section of the story. The first five are the article’s sections; the last is the explainer’s own epilogue. Each question has a model answer for the teacher: what a good answer includes, and misconceptions to look out for.',
    readSection: 'Read the section in the story',
    modelAnswer: 'Model answer and marking guidance',
    goodAnswer: 'A good answer includes:',
    misconceptions: 'Common misconceptions:',
    extensionIntro: 'For students who want to go further.',
    answerKey: 'Answer key: Activity {activity}',
    statements: {
      caption: 'Sentences from the article to classify',
      number: '#',
      sentence: 'Sentence from the article',
      /** {codes} lists the categories' letters. */
      yourAnswer: 'Your answer ({codes})',
      or: ' or ',
      /** Each kind of statement (src/lesson/schema.ts): its name, the letter students write, and a hint. */
      kinds: {
        'reported-fact': { name: 'Reported fact', code: 'F', hint: 'an event or figure the article reports as true, which independent sources can confirm' },
        'attributed-claim': { name: 'Claim attributed to a party', code: 'C', hint: 'what a government, army or official said; reported as said, not as true' },
        analysis: { name: 'The article’s analysis', code: 'A', hint: 'the writer’s interpretation: causes, motives, judgements' },
        recommendation: { name: 'Recommendation', code: 'R', hint: 'what the writer says someone should do' },
        inaccurate: { name: 'Inaccurate or unsupported', code: 'U', hint: 'presented as fact, but the sources found contradict it or do not support it' },
      } satisfies Record<StatementKind, { name: string; code: string; hint: string }>,
    },
    timeline: {
      caption: 'Events to put in order, listed alphabetically',
      event: 'Event',
      what: 'What happened',
      order: 'Order',
      year: 'Year',
      extension: 'Extension:',
      keyCaption: 'The events in the order they happened, with sources',
      date: 'Date',
      whatAndSources: 'What happened, and sources',
    },
    map: {
      numberedDescription: 'The places to label are marked with numbers.',
      labelTitle: 'Locate and label',
      names: 'Names to use:',
      labelsCaption: 'Numbered places to label',
      number: 'Number',
      nameOrNames: 'Name or names',
      whoUses: 'Who uses which name',
      questions: 'Questions',
      keyCaption: 'The numbered places, with both names where usage differs',
      place: 'Place',
      usage: '{armenian}: Armenian usage; {azerbaijani}: Azerbaijani usage.',
      noOtherName: 'No other name in the project’s sources ({kind}, {country}).',
      withNames: '{title}, with its names.',
      outlines: 'How the outlines were drawn (they are approximate):',
    },
    sourceCheck: {
      inStory: 'In the story:',
      step: 'step “{id}”',
      who: 'Who said it?',
      how: 'How would they know?',
      others: 'What do others say?',
      keyWho: 'Who said it:',
      keyHow: 'How would they know:',
      keyOthers: 'What others say:',
      /** Each kind of source (src/lesson/schema.ts), in the words of the reliability notes of src/data/SOURCES.md. */
      kinds: {
        'party-media': {
          name: 'Media of a party to the conflict',
          hint: 'state or official outlets of Armenia, Azerbaijan or the Karabakh Armenian authorities, or outlets relaying their statements: good evidence of what their side said',
        },
        'foreign-state-media': {
          name: 'State media of another government',
          hint: 'outlets run by a government that is not a party (for example Russian or Turkish state media): used in this project only with attribution',
        },
        partisan: {
          name: 'Partisan site',
          hint: 'a site that speaks for one side: used in this project only with attribution, or for the dates of documents it reproduces',
        },
        'wire-service': {
          name: 'News agency',
          hint: 'an agency such as Reuters, AP or AFP that reports what each side says and says who said it',
        },
        'un-body': {
          name: 'UN body',
          hint: 'a United Nations agency or office: not a party to the conflict; says what its staff saw or counted',
        },
      } satisfies Record<SourceKind, { name: string; hint: string }>,
    },
    graphics: {
      platformTitle: 'Embed in a learning platform',
      platformIntro: 'Paste one of the snippets below where your platform accepts HTML:',
      platforms: [
        { name: 'Moodle:', help: 'in a Page, Label or Book, open the text editor’s HTML source view and paste the iframe.' },
        { name: 'Canvas:', help: 'in a Page or Assignment, switch the Rich Content Editor to the HTML editor and paste the iframe.' },
        {
          name: 'Google Classroom:',
          help: 'posts cannot hold an iframe; share the link to the story or a graphic instead, or embed the iframe in a Google Site (Insert, Embed, “Embed code”) and share the site.',
        },
      ],
      removed:
        'If your platform removes the iframe, ask its administrator to allow embeds from this site. Each frame needs no other website: the story, fonts and map data all come from this site.',
      wholeStory: 'The whole story',
      loaderLead: 'Auto-resize loader.',
      loaderHelp:
        'Where the host page allows scripts (a school website or blog; most learning platforms do not), use this version instead: the frame grows to fit the story and the graphics follow the page’s scroll.',
      loaderLabel: 'Story embed code with the auto-resize loader',
      oneGraphicTitle: 'One graphic at a chosen step',
      /** Markdown. */
      oneGraphicHelp:
        'Each graphic can be embedded alone, pinned to any step of the story (change `?step=` in the code). Open a step’s link to see that graphic full-size; print that page for a one-graphic handout with its caption, source and address.',
      embedCodeFor: 'Embed code for {title}',
      /** {count} is marked up by the page. */
      openAtStep: 'Open or print it at one of its {count} steps',
      printTitle: 'Print',
      /** {lesson} and {teacher} are links the page marks up. */
      printHelp:
        'Printing the story or the glossary gives a clean handout: the text, every graphic as a still image with its source line, and the page’s address, without buttons or menus. Printing the {lesson} gives the students’ handout: the summaries, questions and activities, without answers. Printing the {teacher} adds the model answers, success criteria, the sequences and the answer keys, each key on a new sheet.',
      lessonLink: 'lesson page',
      teacherLink: 'teacher’s copy',
    },
  },

  viz: {
    timeline: {
      title: 'Timeline of the conflict',
      summary: 'A vertical timeline of dated events in the Nagorno-Karabakh conflict, with periods drawn as bars and the period under discussion shaded.',
      credit: 'Dates: news agencies, international organisations and encyclopedias, listed on the How we know page.',
      caption: 'Dated events of the Nagorno-Karabakh conflict, 1921 to 2025',
      columns: { date: 'Date', dateEnd: 'Until', dateNote: 'About the date', title: 'Event', summary: 'What happened' },
    },
    actors: {
      title: 'Relations between the actors, by date',
      summary:
        'A diagram of the states, alliances and courts around the conflict: Armenia in the middle, the Karabakh Armenian authorities and Azerbaijan below it, Russia and the Russian-led CSTO on the left, the United States, the EU, NATO and the International Criminal Court on the right, Turkey beside Azerbaijan. Lines show relations on a given date, each kind of relation with its own line pattern; a zigzag marks a strained tie, two bars across the line a tie one party says it has frozen, and two strokes across a grey dashed line a tie that has ended.',
      credit: 'Relations and dates: official statements, news agencies and encyclopedias collected in actors.json; every relation is sourced in the data table.',
      caption: 'Relations between the actors shown, with dates and sources',
      columns: { actor: 'Actor', relation: 'Relation', with: 'With', from: 'From', until: 'Until', frozenFrom: 'Frozen since', note: 'Details' },
      /** The diagram's names, one array entry per line. */
      names: {
        armenia: ['Armenia'],
        'nk-de-facto': ['Karabakh Armenian', 'authorities'],
        azerbaijan: ['Azerbaijan'],
        turkey: ['Turkey'],
        csto: ['CSTO'],
        russia: ['Russia'],
        ukraine: ['Ukraine'],
        icc: ['ICC'],
        'united-states': ['US'],
        'european-union': ['EU'],
        nato: ['NATO'],
        iran: ['Iran'],
      },
      kinds: {
        alliance: 'alliance',
        'military-support': 'military support',
        'security-treaty': 'security treaty',
        peacekeeping: 'peacekeeping',
        mediation: 'mediation',
        conflict: 'conflict',
        criticism: 'criticism',
        legal: 'legal action',
      },
      /** An edge's second label line; `when` is a month and year. */
      since: 'since {when}',
      until: 'until {when}',
      strained: 'strained since {when}',
      frozen: 'frozen since {when}',
      asOf: 'As of {date}',
    },
    population: {
      title: 'Population of Nagorno-Karabakh',
      summary:
        'Bars show the population of Nagorno-Karabakh at each census or estimate, split into Armenians and Azerbaijanis where a source gives the shares. A dashed line separates the Soviet oblast (to 1991) from the different, changing area held by the de facto authorities afterwards; estimates have a dashed outline. A lower panel shows the ethnic shares in the Soviet censuses.',
      credit:
        'Soviet censuses as given by Wikipedia (English and Russian); Azerbaijani shares as quoted by Artak Beglaryan, a Karabakh Armenian official; de facto censuses of 2005 and 2015; 2023 estimates from the Armenian government and news agencies, and from Wikipedia citing a UN mission.',
      caption: 'Population of Nagorno-Karabakh by census or estimate (empty = not confirmed by a source)',
      columns: {
        year: 'Year',
        kind: 'Census or estimate',
        territory: 'Territory',
        total: 'Total',
        armeniansPct: 'Armenians (%)',
        armeniansCount: 'Armenians (count)',
        azerbaijanisPct: 'Azerbaijanis (%)',
        note: 'Notes',
      },
      /** Under the bar of the estimate after the exodus (the year's other bar is labelled with the year). */
      after: 'after',
      eraNkao: 'Soviet oblast (NKAO)',
      eraHeld: 'Area held by the de facto authorities',
      noTotal: 'no total',
      totalsNotConfirmed: 'totals not confirmed',
      armenians: 'Armenians',
      azerbaijanis: 'Azerbaijanis',
      sharesTitle: 'Share of the population, Soviet censuses',
    },
    exodus: {
      title: 'The exodus to Armenia, September–October 2023',
      summary:
        'A line chart of the number of people from Nagorno-Karabakh who had entered Armenia, day by day from 24 September to 2 October 2023: the Armenian government’s timed border count as a line, other reports as hollow points. Shaded bands can add the range of totals who left and, for scale, the range of estimates of how many lived there before the offensive.',
      credit:
        'Armenian government counts as reported by Reuters, Azatutyun (RFE/RL), Armenpress and other outlets; UN News, OCHA and UNHCR; population before: Armenian government via Reuters and the 2015 census of the de facto authorities (via Wikipedia).',
      caption: 'People from Nagorno-Karabakh arriving in Armenia, 2023, and the population before, by who reports each figure',
      kindColumn: 'Figure',
      kinds: {
        government: 'cumulative count (government)',
        other: 'cumulative count (other report)',
        total: 'total',
        before: 'population before',
      },
      /** Who each end of the contested bands is; `date` is formatted. */
      governmentTotal: 'Armenian government, {date}',
      unhcrTotal: 'UNHCR, {date}',
      beforeEstimate: 'Armenian government, agencies',
      lastCensus: 'de facto census, {year}',
      timeAxis: 'Date and local time in Armenia (UTC+4)',
      timeAxisShort: 'Local time (UTC+4)',
      governmentCount: 'Armenian government count',
      /** The line's last value and its day. */
      countBy: '{count} by {date}',
      otherReports: 'other reports ○',
      livedBefore: 'Lived there before:',
      left: 'Left: {figure}',
      to: 'to {figure}',
    },
    map: {
      title: 'Map of the South Caucasus',
      summary:
        'A map of Azerbaijan, Armenia and their neighbours, with the former Nagorno-Karabakh Autonomous Oblast, the areas held by Armenian forces before and after the 2020 war, and the Lachin corridor. Lines are approximate.',
      credit:
        'Natural Earth (public domain), via world-atlas; 2020–2023 area and Lachin corridor are schematic (Shusha corrected by hand). Places: src/data/places.json. Map rendering: MapLibre GL JS, d3-geo.',
      caption: 'Places and outlines on the map',
      columns: { name: 'Name', kind: 'Kind', lat: 'Latitude', lon: 'Longitude', note: 'Notes' },
      placeKind: '{kind} ({country})',
      notPlotted: 'Not on the map: no source with coordinates was found.',
      kindLine: 'line',
      kindArea: 'area',
      naturalEarth: 'Natural Earth 1:10m cultural vectors (public domain)',
      explore: 'Explore the map',
      /** The legend's entry for the exodus route. */
      route: 'Route (schematic)',
      /** Brings up the legend where a small frame folds it away. */
      keyToggle: 'Key',
      countries: {
        azerbaijan: 'Azerbaijan',
        armenia: 'Armenia',
        georgia: 'Georgia',
        turkey: 'Turkey',
        iran: 'Iran',
        russia: 'Russia',
        ukraine: 'Ukraine',
      },
      areas: {
        'caspian-sea': 'Caspian Sea',
        'black-sea': 'Black Sea',
        'nakhchivan-exclave': 'Nakhchivan (Azerbaijan)',
        'nagorno-karabakh': 'Nagorno-Karabakh',
      },
      /** The seven districts around the former oblast, by their geodata id (Natural Earth admin-1). */
      districts: {
        'agdam-district': 'Agdam district',
        'jabrayil-district': 'Jabrayil district',
        'fuzuli-district': 'Fuzuli district',
        'kalbajar-district': 'Kalbajar district',
        'lachin-district': 'Lachin district',
        'qubadli-district': 'Qubadli district',
        'zangilan-district': 'Zangilan district',
      },
      /** Each overlay: `key` for the legend (short), `title` and `note` for the data table. */
      layers: {
        'armenian-held-1994-2020': {
          key: 'Held by Armenian forces, 1994–2020',
          title: 'Area held by Armenian forces, 1994–2020',
          note: 'Natural Earth breakaway area (1:10m), from the 1994 ceasefire to the 2020 war.',
        },
        districts: {
          key: 'Seven districts around the oblast',
          title: 'The seven districts around the former oblast',
          note: 'Natural Earth districts (admin-1). Agdam and Fuzuli were only partly held in 1994–2020.',
        },
        'armenian-held-2020-2023': {
          key: 'Karabakh Armenian control, 2020–23 (approx.)',
          title: 'Area under Karabakh Armenian control, Nov 2020 – Sep 2023 (approximate)',
          note: 'Schematic, from Natural Earth’s 2020 ceasefire lines; Shusha (taken by Azerbaijan on 8 Nov 2020) cut out by this project.',
        },
        'lachin-corridor': {
          key: 'Lachin corridor (schematic)',
          title: 'Lachin corridor, 2020 (schematic band)',
          note: 'Natural Earth’s schematic band, not the road; it misses Lachin / Berdzor town.',
        },
        'nkao-1991': {
          key: 'Nagorno-Karabakh oblast, 1991 boundary',
          title: 'Former Nagorno-Karabakh Autonomous Oblast (1991 boundary)',
          note: 'The Soviet-era unit as it stood in 1991 (abolished by Azerbaijan on 26 Nov 1991); not a line of control.',
        },
        'line-of-contact-1994-2020': {
          key: 'Line of contact, 1994–2020',
          title: 'Line of contact, 1994–2020',
          note: 'Derived from the Natural Earth breakaway area; not a surveyed front line.',
        },
      },
    },
  },
};
