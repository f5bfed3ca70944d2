// Renders a plain description of an Atom 1.0 feed (RFC 4287) as an XML string.
import { xmlAttribute, xmlText } from './util-xml.js';

/** An atom:author. `uri` is absolute or root-relative. */
export interface AtomPerson {
  name: string;
  uri?: string;
}

/** One atom:entry. Times are RFC 3339 (`2014-04-11T00:00:00Z`). */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  /** The page the entry is about (rel="alternate"). */
  link: string;
  authors: AtomPerson[];
  /** Plain text. */
  summary?: string;
  /** HTML, embedded as escaped text in `<content type="html">`. */
  contentHtml?: string;
  /** atom:category terms, e.g. the action status. */
  categories?: string[];
}

/** One atom:feed. Entries are written in the order given. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** Where the feed itself is published (rel="self"). */
  selfLink: string;
  /** The HTML page the feed mirrors (rel="alternate"). */
  alternateLink: string;
  authors: AtomPerson[];
  entries: AtomEntry[];
}

/** The feed as a UTF-8 XML document, ending with a newline. */
export function atomDocument(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    ...(feed.subtitle === undefined ? [] : [`  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`]),
    `  <updated>${xmlText(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlAttribute(feed.selfLink)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlAttribute(feed.alternateLink)}"/>`,
    ...feed.authors.map((author) => authorXml(author, '  ')),
    '  <generator uri="https://github.com/sigwiki/sigwiki">sigwiki</generator>',
    ...feed.entries.map(entryXml),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    <id>${xmlText(entry.id)}</id>`,
    `    <title type="text">${xmlText(entry.title)}</title>`,
    `    <updated>${xmlText(entry.updated)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlAttribute(entry.link)}"/>`,
    ...entry.authors.map((author) => authorXml(author, '    ')),
    ...(entry.categories ?? []).map((term) => `    <category term="${xmlAttribute(term)}"/>`),
    ...(entry.summary === undefined ? [] : [`    <summary type="text">${xmlText(entry.summary)}</summary>`]),
    ...(entry.contentHtml === undefined ? [] : [`    <content type="html">${xmlText(entry.contentHtml)}</content>`]),
    '  </entry>',
  ].join('\n');
}

function authorXml(author: AtomPerson, indent: string): string {
  const uri = author.uri === undefined ? '' : `<uri>${xmlText(author.uri)}</uri>`;
  return `${indent}<author><name>${xmlText(author.name)}</name>${uri}</author>`;
}
