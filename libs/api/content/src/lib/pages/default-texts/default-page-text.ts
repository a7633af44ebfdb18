interface PageText {
  title: string;
  body: string;
}

/** A page's shipped text in German and English. */
export interface DefaultPageText {
  de: PageText;
  en: PageText;
}
