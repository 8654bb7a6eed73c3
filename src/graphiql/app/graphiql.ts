import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';

/*
 * GraphiQL served by the service itself, bundled at build time (no CDN): it works offline and
 * behind firewalls. Each example of docs/ opens in its own tab; a bearer token typed in the
 * header goes with every request (curators' mutations need one).
 */

declare const FASCIA_EXAMPLES: Array<{ title: string; query: string }>;

const tokenInput = document.getElementById('token') as HTMLInputElement;
const tokenKey = 'fascia.graphiql.token';
tokenInput.value = sessionStorage.getItem(tokenKey) ?? '';
tokenInput.addEventListener('input', () => sessionStorage.setItem(tokenKey, tokenInput.value.trim()));

const endpoint = new URL('/graphql', window.location.href).toString();
const fetcher = createGraphiQLFetcher({
  url: endpoint,
  fetch: (input, init) => {
    const headers = new Headers(init?.headers);
    const token = tokenInput.value.trim();
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  },
});

const container = document.getElementById('graphiql')!;
container.textContent = '';
createRoot(container).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: FASCIA_EXAMPLES.map((example) => ({ query: `# ${example.title}\n${example.query}` })),
    defaultEditorToolsVisibility: false,
    shouldPersistHeaders: false,
  }),
);
