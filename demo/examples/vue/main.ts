// Vue 3: register the elements, then mount; App.vue binds them like any other tag.
import { createApp } from 'vue';
import 'suite-kit/themes/default.css';
import 'suite-kit/user-admin';
import App from './App.vue';

createApp(App).mount('#app');
