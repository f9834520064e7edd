import { ActionIcon, Menu } from '@mantine/core';
import {
  IconDots,
  IconEye,
  IconEyeOff,
  IconFlag,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface PostMenuProps {
  /** Accessible name, e.g. "Acties voor het antwoord van Hilde Prins". */
  label: string;
  isMine: boolean;
  isModerator: boolean;
  hidden: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onReport: () => void;
  onToggleHidden: () => void;
}

/** Edit and delete (own posts), report (others'), hide or show (moderators). */
export function PostMenu({
  label,
  isMine,
  isModerator,
  hidden,
  onEdit,
  onDelete,
  onReport,
  onToggleHidden,
}: PostMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label}>
          <IconDots size={18} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {isMine || isModerator ? (
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={onEdit}>
            {t('questions.actions.edit')}
          </Menu.Item>
        ) : null}
        {isMine || isModerator ? (
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={16} aria-hidden="true" />}
            onClick={onDelete}
          >
            {t('questions.actions.delete')}
          </Menu.Item>
        ) : null}
        {!isMine ? (
          <Menu.Item leftSection={<IconFlag size={16} aria-hidden="true" />} onClick={onReport}>
            {t('questions.actions.report')}
          </Menu.Item>
        ) : null}
        {isModerator ? (
          <Menu.Item
            leftSection={
              hidden ? (
                <IconEye size={16} aria-hidden="true" />
              ) : (
                <IconEyeOff size={16} aria-hidden="true" />
              )
            }
            onClick={onToggleHidden}
          >
            {hidden ? t('questions.actions.unhide') : t('questions.actions.hide')}
          </Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
