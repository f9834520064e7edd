export { AcceptInvitationPage } from './components/AcceptInvitationPage';
export { ForgotPasswordPage } from './components/ForgotPasswordPage';
export { ResetPasswordPage } from './components/ResetPasswordPage';
export { SignInPage } from './components/SignInPage';
export { useSignOut } from './hooks/useSignOut';
