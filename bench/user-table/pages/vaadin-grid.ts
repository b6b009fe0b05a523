/**
 * The peer: `<vaadin-grid>` 25 (base styles, no Lumo), five columns, a data
 * provider answering each page after one microtask from the same sorted array
 * (as the fake api answers `<suite-user-table>`). Renderers set `textContent`.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid, GridDataProvider } from '@vaadin/grid';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { User } from '../../../src/api/schemas/user.js';
import { COLUMNS } from '../data.js';
import { runBench } from '../harness.js';

// Vaadin's base styles colour the header text but let body cells inherit; a
// page using Vaadin's tokens inherits --vaadin-text-color as ours does its own.
const style = document.createElement('style');
style.textContent = 'vaadin-grid { color: var(--vaadin-text-color); }';
document.head.append(style);

let grid: Grid<User>;
void runBench('vaadin-grid', {
  themeProperties: ['--vaadin-background-color', '--vaadin-text-color', '--vaadin-border-color-secondary'],
  host: () => grid,
  // Its own colour properties (those its base styles read), the same Ocean colours.
  brandTheme: () => ({
    '--vaadin-background-color': '#f4f8fa',
    '--vaadin-text-color': '#0b2530',
    '--vaadin-text-color-secondary': '#34505c',
    '--vaadin-text-color-disabled': '#7d949e',
    '--vaadin-border-color': '#5d7f8f',
    '--vaadin-border-color-secondary': '#9db3bd',
    '--vaadin-focus-ring-color': '#0b6e99',
    '--vaadin-grid-row-highlight-background-color': '#e8f0f5',
    '--vaadin-grid-cell-background-color': '#f4f8fa',
    '--vaadin-spinner-color': '#0b6e99',
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`--vaadin-user-color-${i}`, `hsl(${196 + i * 12} 86% ${30 + i * 3}%)`])),
  }),
  attach(container, { users }) {
    grid = document.createElement('vaadin-grid') as Grid<User>;
    grid.style.height = '100%';
    for (const column of COLUMNS) {
      const col = document.createElement('vaadin-grid-column') as GridColumn<User>;
      col.header = column.header;
      col.renderer = (root, _column, model) => {
        root.textContent = column.text(model.item);
      };
      grid.append(col);
    }
    const provider: GridDataProvider<User> = (params, callback) => {
      const start = params.page * params.pageSize;
      queueMicrotask(() => callback(users.slice(start, start + params.pageSize), users.length));
    };
    grid.dataProvider = provider;
    container.append(grid);
  },
});
