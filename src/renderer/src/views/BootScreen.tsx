/** Shown while the window connects and signs in, before any store exists. */
export function BootScreen() {
  return (
    <div className="center-screen" data-testid="boot">
      <p className="muted" role="status">
        Connecting to Switchboard…
      </p>
    </div>
  );
}
