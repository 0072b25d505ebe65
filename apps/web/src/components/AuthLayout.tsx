import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the pages shown before sign-in: brand, language switch and one card. */
export function AuthLayout({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <header className="auth-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="auth-main" id="main">
        <div className="card auth-card">
          <h1>{title}</h1>
          <p className="intro">{intro}</p>
          {children}
        </div>
      </main>
    </div>
  );
}
