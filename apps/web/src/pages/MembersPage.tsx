import { can } from '@balie/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { keys } from '../api/keys';
import { useMembers } from '../api/queries';
import type { Ok, Role } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { RoleSelect } from '../components/RoleSelect';
import { Time } from '../components/Time';
import { useSession } from '../shell/SessionContext';
import { AddMemberForm } from './AddMemberForm';

export function MembersPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const session = useSession();
  const isAdmin = can(session.role, 'members.manage');
  const members = useMembers();
  const refresh = () => qc.invalidateQueries({ queryKey: keys.members });

  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => api.patch<unknown>(`/api/members/${userId}`, { role }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => api.delete<Ok>(`/api/members/${userId}`),
    onSettled: refresh,
  });
  const busy = changeRole.isPending || remove.isPending;

  return (
    <section className="page" aria-labelledby="members-title">
      <h1 id="members-title">{t('members.title')}</h1>
      <p className="intro">{t('members.intro')}</p>
      <ErrorMessage error={members.error ?? changeRole.error ?? remove.error} />
      {members.isPending && <p className="muted">{t('common.loading')}</p>}
      {members.data && members.data.items.length === 0 && <p className="empty">{t('members.empty')}</p>}
      {members.data && members.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('common.email')}</th>
                <th scope="col">{t('common.role')}</th>
                <th scope="col">{t('common.createdAt')}</th>
                {isAdmin && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => {
                const self = m.userId === session.user.id;
                return (
                  <tr key={m.userId} data-testid="member-row" data-user-id={m.userId}>
                    <td>
                      {m.name}
                      {self && <span className="muted"> ({t('members.you')})</span>}
                    </td>
                    <td className="break">{m.email}</td>
                    <td>
                      {isAdmin ? (
                        <RoleSelect
                          label={t('members.roleOf', { name: m.name })}
                          hideLabel
                          value={m.role}
                          disabled={busy}
                          onChange={(role) => changeRole.mutate({ userId: m.userId, role })}
                          testId="member-role-select"
                        />
                      ) : (
                        t(`roles.${m.role}`)
                      )}
                    </td>
                    <td>
                      <Time iso={m.createdAt} />
                    </td>
                    {isAdmin && (
                      <td>
                        {!self && (
                          <button
                            type="button"
                            className="button-danger"
                            disabled={busy}
                            aria-label={t('members.removeLabel', { name: m.name })}
                            onClick={() => {
                              if (window.confirm(t('members.removeConfirm', { name: m.name }))) remove.mutate(m.userId);
                            }}
                          >
                            {t('members.remove')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {isAdmin && <AddMemberForm />}
    </section>
  );
}
