import { registerQuestionLocales } from './locales';

registerQuestionLocales();

export { AskQuestionPage } from './components/AskQuestionPage';
export { GroupThreads } from './components/GroupThreads';
export { QuestionsPage } from './components/QuestionsPage';
export { ThreadPage } from './components/ThreadPage';
