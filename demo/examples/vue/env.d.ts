// What `import App from './App.vue'` is to TypeScript (@vitejs/plugin-vue compiles the file).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
