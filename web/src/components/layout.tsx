import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';

import { paths } from '@/config/paths';

interface LayoutProps {
  children: ReactNode;
  /** The signed-in user's name, tenant and Sign out, at the end of the header (none in local mode). */
  account?: ReactNode;
}

const navItems = [
  { to: paths.home.getHref(), label: 'Analyse', end: true },
  { to: paths.history.getHref(), label: 'History', end: false },
  { to: paths.evaluation.getHref(), label: 'Evaluation', end: false },
];

/** The page frame: skip link, product name, main navigation, the signed-in account. */
export function Layout({ children, account }: LayoutProps) {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After a client-side navigation, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to={paths.home.getHref()} className="brand" aria-label="MedDoc AI home">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          <span className="brand__name">MedDoc AI</span>
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) => (isActive ? 'nav__link nav__link--active' : 'nav__link')}
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {account}
      </header>
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        Suggestions support a human coder; they never replace the provider&apos;s documentation.
      </footer>
    </div>
  );
}
