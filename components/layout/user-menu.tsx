"use client";
import { signOut } from "next-auth/react";

// Sign-out ends every session of the account (see lib/auth/auth-options.ts). The page
// then goes to /login itself: next-auth's own redirect would use NEXTAUTH_URL, which
// is http://localhost:3000 when unset, not the host the browser is on.
async function signOutAndLeave() {
  await signOut({ redirect: false });
  // a full navigation on purpose (not router.push): no server component may keep the ended session
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/login");
}

export function UserMenu({ name, role, signOutLabel }: { name: string; role: string; signOutLabel: string }) {
  return (
    <div className="user-menu" data-testid="user-menu">
      {/* the name leads to one's account: sessions, password and API tokens */}
      <a className="user-menu__name" href="/account">
        {name}
      </a>
      <span className="tag">{role}</span>
      <button type="button" className="link-button" onClick={() => void signOutAndLeave()} data-testid="sign-out">
        {signOutLabel}
      </button>
    </div>
  );
}
