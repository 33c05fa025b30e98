export { detectNoteLanguage, readsAsEnglish, type NoteLanguage, type NoteLanguageReading } from './detect-language';
