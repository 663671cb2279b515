// One stylesheet for the summary: A4, a calm serif-free face, dark text on white (it is printed).
// No lineHeight on the page: inherited by the footer's page-number text (rendered late, per
// page), it makes @react-pdf 4.9 drop the whole fixed footer (and on Text it spaces lines double).
import { StyleSheet } from '@react-pdf/renderer';
import { reportFont, reportMonoFont } from './reportFonts';

export const ink = '#1b1f24';
export const muted = '#4a5560';
export const rule = '#c9d1d9';
export const accent = '#1f5f99';
export const alarm = '#9b1c1c';

export const pdfStyles = StyleSheet.create({
  page: {
    fontFamily: reportFont,
    fontSize: 10,
    color: ink,
    paddingTop: 42,
    paddingBottom: 64,
    paddingHorizontal: 48,
  },
  title: { fontSize: 18, fontWeight: 'bold', marginBottom: 6, lineHeight: 1.2 },
  subtitle: { fontSize: 10, color: muted, marginBottom: 10 },
  verdict: { borderWidth: 1, borderColor: accent, padding: 8, marginBottom: 12, fontWeight: 'bold' },
  verdictAlarm: {
    borderWidth: 1.5,
    borderColor: alarm,
    color: alarm,
    padding: 8,
    marginBottom: 12,
    fontWeight: 'bold',
  },
  sectionTitle: { fontSize: 12.5, fontWeight: 'bold', marginTop: 10, marginBottom: 3, color: accent },
  paragraph: { marginBottom: 4 },
  bullet: { flexDirection: 'row', marginBottom: 2 },
  bulletMark: { width: 12 },
  bulletText: { flex: 1 },
  edited: { fontSize: 7.5, color: muted },
  table: { borderTopWidth: 1, borderColor: rule, marginTop: 4 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: rule, paddingVertical: 2 },
  headerRow: {
    flexDirection: 'row',
    borderBottomWidth: 1,
    borderColor: ink,
    paddingVertical: 2,
    fontWeight: 'bold',
  },
  cell: { paddingRight: 4 },
  mono: { fontFamily: reportMonoFont, fontSize: 8 },
  small: { fontSize: 8, color: muted },
  footer: {
    position: 'absolute',
    left: 48,
    right: 48,
    bottom: 22,
    fontSize: 7,
    color: muted,
    borderTopWidth: 0.5,
    borderColor: rule,
    paddingTop: 4,
  },
  footerMono: { fontFamily: reportMonoFont, fontSize: 6.5 },
});
