/** The session feature: the screens before a window is signed in (booting, choosing a user) and the user list they read. */
export { BootScreen } from './BootScreen';
export { loadUsers } from './loadUsers';
export { SignInScreen } from './SignInScreen';
