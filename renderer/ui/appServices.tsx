// What the screens need from outside React: the database, the bridge and the import worker.
// Provided once at the top so tests can hand in fake-indexeddb and a fake worker.
import { createContext, useContext, type ReactNode } from 'react';
import type { NotebookApi } from '../../preload/api';
import type { NotebookDatabase } from '../db/schema';
import type { ImportRunner } from '../state/importRunner';

export type AppServices = { db: NotebookDatabase; api: NotebookApi; importRunner: ImportRunner };

const AppServicesContext = createContext<AppServices | null>(null);

export function AppServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>;
}

/** The services, or null where a component is drawn on its own (a table in a test). */
export function useOptionalServices(): AppServices | null {
  return useContext(AppServicesContext);
}

export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useServices outside AppServicesProvider');
  return services;
}
