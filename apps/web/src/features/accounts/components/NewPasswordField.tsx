import { PasswordInput } from '@mantine/core';
import { PASSWORD_RULE } from '@tremplin/domain';

/** A new password, its rule shown (and read by screen readers) before anything is typed. */
export function NewPasswordField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <PasswordInput
      id={props.id}
      label={props.label}
      description={PASSWORD_RULE}
      autoComplete="new-password"
      required
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error}
    />
  );
}
